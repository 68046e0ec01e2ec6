/**
 * The Gmail driver: the only code that knows Gmail's DOM. Features and scripts use these
 * functions; they never hold a selector.
 */
export { enrichCapture } from "./enrich-capture";
export { extractGmailPage, type GmailPageKind } from "./extract-page";
export { findListRows, findMessages, findThreadSubjects } from "./finders";
export { parseGmailDate } from "./gmail-date";
export { type ListRowView, type RowPerson, readListRow, readListRows } from "./list-rows";
export { type MessageView, type Person, readMessage } from "./message";
export {
	isNeverLead,
	isOwnOrColleague,
	type OwnAccount,
	readOwnAccount,
} from "./own-account";
export { isListView, isMailView, isSplitPane, isThreadView, threadIdFromUrl } from "./page-predicates";
export type { TextTools } from "./text-tools";
export { readThreadView, type ThreadView } from "./thread-view";
