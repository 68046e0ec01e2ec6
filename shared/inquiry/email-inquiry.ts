/**
 * Inquiry quality of an email conversation: the messages the buyer sent are read for their own
 * words (the reply part: quoted history and signature are already split off by the email
 * tools; a collapsed message's snippet is its first words), newest first so the buyer's latest
 * quantity or port is the one kept.
 * Bulk mail has no inquiry; Alibaba pages carry their own (sites/alibaba).
 */
import type { PageCapture, PageThread } from "../schema/page-capture";
import { type InquiryReading, inquirySignalsOf, readInquiry } from "./read-inquiry";

export interface EmailInquiryOptions {
	/** The member and colleagues: their own messages are not the buyer's inquiry. */
	isOwn?: (email: string) => boolean;
	now?: Date;
	/**
	 * The people the page offers as leads (lower-cased emails): when given, only their messages
	 * count. The extractors leave the member and colleagues out of a page's contacts.
	 */
	buyers?: ReadonlySet<string>;
}

export function threadInquiry(
	thread: PageThread | undefined,
	options: EmailInquiryOptions = {},
): InquiryReading | null {
	if (thread === undefined || thread.kind !== "email") return null;
	const isOwn = options.isOwn ?? (() => false);
	const buyers = options.buyers;
	const words = thread.messages
		.filter((message) => {
			const from = message.fromEmail?.toLowerCase();
			return from === undefined || (!isOwn(from) && (buyers === undefined || buyers.has(from)));
		})
		.map((message) => message.body.trim())
		.filter((body) => body !== "")
		.reverse();
	return words.length === 0 ? null : readInquiry(words.join("\n\n"), { now: options.now });
}

/** The capture's email inquiry as reading, or null (not an email, bulk, or nothing inquiry-like). */
export function emailInquiry(capture: PageCapture, options: EmailInquiryOptions = {}): InquiryReading | null {
	if (capture.bulk || capture.signals?.inquiry !== undefined) return null;
	const emails = capture.contacts.flatMap((contact) => (contact.email ? [contact.email.toLowerCase()] : []));
	const buyers = options.buyers ?? (emails.length > 0 ? new Set(emails) : undefined);
	return threadInquiry(capture.thread, { ...options, buyers });
}

/** The capture with its email inquiry as signals (unchanged when there is none). */
export function withEmailInquiry(capture: PageCapture, options: EmailInquiryOptions = {}): PageCapture {
	const reading = emailInquiry(capture, options);
	if (reading === null) return capture;
	return { ...capture, signals: { ...capture.signals, inquiry: inquirySignalsOf(reading) } };
}
