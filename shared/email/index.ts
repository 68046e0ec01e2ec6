export { HISTORY_START_CSS, historyStartOffset } from "./history-markers";
export { htmlToText } from "./html-to-text";
export { parseEml } from "./parse-eml";
export { splitReply } from "./split-reply";
export { stripQuotedReply } from "./strip-quoted-reply";
