import { z } from "zod";
import {
	buyerTypeSchema,
	captureSourceSchema,
	companySizeSchema,
	emailAddress,
	nameText,
	text,
	webUrl,
	windowDateTime,
} from "./common";
import { LIMITS } from "./limits";
import { captureSignalsSchema } from "./signals";

export const contactInputSchema = z
	.object({
		name: nameText(LIMITS.name),
		email: emailAddress().optional(),
		phone: text(LIMITS.phone),
		/**
		 * A number read from a page without a country code that nothing there placed ("(555)
		 * 346-9947"): the API reads it in the team's default country when one is set, else keeps it
		 * as written (shown, never a dedupe key).
		 */
		phoneAsWritten: text(LIMITS.phone),
		whatsapp: text(LIMITS.phone),
		wechat: text(100),
		skype: text(100),
		title: text(LIMITS.name),
		buyerId: text(100),
	})
	.refine((c) => c.email || c.phone || c.phoneAsWritten || c.whatsapp || c.buyerId || c.name, {
		message: "A contact needs at least a name, email, phone or buyer id",
	});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const companyInputSchema = z.object({
	name: nameText(LIMITS.name),
	domain: text(253),
	website: text(300),
	/** Country name or ISO code; the API normalises it to ISO 3166-1 alpha-2. */
	country: text(100),
	buyerType: buyerTypeSchema.optional(),
	size: companySizeSchema.optional(),
	address: text(LIMITS.shortText),
});
export type CompanyInput = z.infer<typeof companyInputSchema>;

export const threadMessageSchema = z.object({
	id: z.string().min(1).max(200),
	fromName: nameText(LIMITS.name),
	fromEmail: emailAddress().optional(),
	to: z.array(z.string().max(LIMITS.email)).max(LIMITS.participants).default([]),
	cc: z.array(z.string().max(LIMITS.email)).max(LIMITS.participants).default([]),
	date: windowDateTime.optional(),
	body: z.string().max(LIMITS.messageBody).default(""),
	direction: z.enum(["inbound", "outbound"]).optional(),
});
export type ThreadMessage = z.infer<typeof threadMessageSchema>;

/** A captured conversation: an email thread, an Alibaba inquiry or an RFQ. */
export const threadInputSchema = z.object({
	kind: z.enum(["email", "inquiry", "rfq", "chat", "note"]).default("email"),
	/** Stable id from the source (Gmail thread id, inquiry id, RFQ id); unique per team and source. */
	externalId: z.string().min(1).max(200),
	subject: text(LIMITS.subject),
	url: webUrl().optional(),
	occurredAt: windowDateTime.optional(),
	messages: z.array(threadMessageSchema).max(LIMITS.messagesPerThread).default([]),
	product: text(LIMITS.shortText),
});
export type ThreadInput = z.infer<typeof threadInputSchema>;

export const captureRequestSchema = z.object({
	source: captureSourceSchema,
	contact: contactInputSchema,
	company: companyInputSchema.prefault({}),
	thread: threadInputSchema.optional(),
	signals: captureSignalsSchema.optional(),
});
export type CaptureRequest = z.input<typeof captureRequestSchema>;
export type CaptureRequestParsed = z.output<typeof captureRequestSchema>;
