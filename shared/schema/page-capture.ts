import { z } from "zod";
import { captureSignalsSchema } from "./signals";

/** Which extraction layer produced a field: embedded page state, a labelled field, or free text. */
export const fieldSourceSchema = z.enum(["state", "attribute", "label", "text", "user"]);
export type FieldSource = z.infer<typeof fieldSourceSchema>;

/** A person found on a page, with whatever details were visible (never guessed). */
export const pageContactSchema = z.object({
	role: z.enum(["sender", "recipient", "participant", "buyer", "selection"]),
	name: z.string().optional(),
	email: z.string().optional(),
	phones: z.array(z.string()).default([]),
	/** Numbers without a country code that nothing on the page placed, as written. */
	phonesAsWritten: z.array(z.string()).optional(),
	whatsapp: z.string().optional(),
	wechat: z.string().optional(),
	skype: z.string().optional(),
	title: z.string().optional(),
	company: z.string().optional(),
	website: z.string().optional(),
	address: z.string().optional(),
	/** ISO 3166-1 alpha-2 when known. */
	country: z.string().optional(),
	buyerId: z.string().optional(),
	/** Visible but masked values (e.g. "j***@gmail.com") are kept here, never as the real field. */
	masked: z.record(z.string(), z.string()).default({}),
	sources: z.record(z.string(), fieldSourceSchema).default({}),
});
export type PageContact = z.infer<typeof pageContactSchema>;

export const pageMessageSchema = z.object({
	id: z.string(),
	fromName: z.string().optional(),
	fromEmail: z.string().optional(),
	to: z.array(z.string()).default([]),
	cc: z.array(z.string()).default([]),
	/** ISO 8601 when the page gave a parseable date. */
	date: z.string().optional(),
	body: z.string().default(""),
	quoted: z.string().default(""),
	signature: z.string().default(""),
	collapsed: z.boolean().default(false),
	/** Who wrote it, where the page says so without an address (a platform conversation's two sides). */
	direction: z.enum(["inbound", "outbound"]).optional(),
});
export type PageMessage = z.infer<typeof pageMessageSchema>;

export const pageThreadSchema = z.object({
	kind: z.enum(["email", "inquiry", "rfq", "chat"]),
	id: z.string(),
	subject: z.string().optional(),
	url: z.string().optional(),
	product: z.string().optional(),
	messages: z.array(pageMessageSchema).default([]),
	participants: z.array(z.string()).default([]),
});
export type PageThread = z.infer<typeof pageThreadSchema>;

/** A row of a list view (inbox, inquiry list, RFQ list): who, what, and where a badge may go. */
export const pageListRowSchema = z.object({
	threadId: z.string().optional(),
	subject: z.string().optional(),
	senders: z.array(z.object({ name: z.string().optional(), email: z.string().optional() })).default([]),
	buyerId: z.string().optional(),
	unread: z.boolean().optional(),
	date: z.string().optional(),
});
export type PageListRow = z.infer<typeof pageListRowSchema>;

/** What a site adapter extracts from a page: the side panel's input. Pure data, no DOM. */
export const pageCaptureSchema = z.object({
	site: z.enum(["gmail", "alibaba", "selection", "eml"]),
	url: z.string(),
	pageKind: z.string(),
	contacts: z.array(pageContactSchema).default([]),
	thread: pageThreadSchema.optional(),
	rows: z.array(pageListRowSchema).default([]),
	signals: captureSignalsSchema.optional(),
	/** List or marketing mail (List-Unsubscribe, an unsubscribe link, a mailing platform): nobody in it is a lead. */
	bulk: z.boolean().optional(),
	/** Field paths the user should confirm before capture (low-confidence extraction layers). */
	unconfirmed: z.array(z.string()).default([]),
});
export type PageCapture = z.infer<typeof pageCaptureSchema>;
