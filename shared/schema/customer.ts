import { z } from "zod";
import {
	buyerTypeSchema,
	captureSourceSchema,
	companySizeSchema,
	currencyCode,
	customerStatusSchema,
	identityKindSchema,
	nameText,
	roleSchema,
	text,
	tierSchema,
	windowDate,
} from "./common";
import { LIMITS } from "./limits";

export const memberRefSchema = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type MemberRef = z.infer<typeof memberRefSchema>;

export const churnSchema = z.object({
	flag: z.boolean(),
	severity: z.enum(["none", "watch", "warning", "critical"]),
	reason: z.string().optional(),
});
export type Churn = z.infer<typeof churnSchema>;

export const identitySchema = z.object({ kind: identityKindSchema, value: z.string() });
export type Identity = z.infer<typeof identitySchema>;

/**
 * Another customer this one shares only a weak key with (a phone or WhatsApp number) while its
 * domain or company name differs: kept apart until someone says "same company" or "keep separate".
 */
export const possibleDuplicateSchema = z.object({
	id: z.string(),
	name: z.string(),
	matchedBy: identitySchema,
});
export type PossibleDuplicate = z.infer<typeof possibleDuplicateSchema>;

export const handoverNoteSchema = z.object({ fromId: z.string(), fromName: z.string(), at: z.string() });
export type HandoverNote = z.infer<typeof handoverNoteSchema>;

/** A customer's next follow-up as it travels with the customer (sync, detail). */
/** A buyer waiting for a reply: their message ends the customer's latest captured thread. */
export const awaitingReplySchema = z.object({
	/** When the buyer's message was sent (ISO). */
	since: z.string(),
	/** Where the thread was captured: an Alibaba.com inquiry has the platform's reply window. */
	source: captureSourceSchema,
});
export type AwaitingReply = z.infer<typeof awaitingReplySchema>;

export const followUpRefSchema = z.object({
	dueAt: z.string(),
	note: z.string().nullable(),
	ownerId: z.string(),
	updatedAt: z.string(),
});
export type FollowUpRef = z.infer<typeof followUpRefSchema>;

/** The canonical customer record as the API answers it and the extension caches it. */
export const customerSchema = z.object({
	id: z.string(),
	name: z.string(),
	domain: z.string().nullable(),
	country: z.string().nullable(),
	website: z.string().nullable(),
	buyerType: buyerTypeSchema.nullable(),
	size: companySizeSchema.nullable(),
	status: customerStatusSchema,
	owner: memberRefSchema.nullable(),
	ownerSince: z.string().nullable(),
	/** Handed over to its owner by a leaver (人走客留) and not changed hands since: "new to you". */
	handover: handoverNoteSchema.nullable().optional(),
	inPool: z.boolean(),
	tier: tierSchema,
	/** Display label for the team's label scheme, e.g. "Platinum" or "S". */
	tierLabel: z.string(),
	currentValue: z.number(),
	potentialValue: z.number(),
	churn: churnSchema,
	identities: z.array(identitySchema),
	/** Names of the customer's contacts (distinct, oldest first, at most 50), so search finds "陈" offline. */
	contactNames: z.array(z.string()).optional(),
	possibleDuplicateOf: possibleDuplicateSchema.nullable().optional(),
	lastInteractionAt: z.string().nullable(),
	/** The buyer's message that the latest captured thread ends with: waiting for our reply. */
	awaitingReply: awaitingReplySchema.nullable().optional(),
	/**
	 * The next follow-up (null: none). Sync and detail always say; absent in answers that do not
	 * load it (a capture's, a patch's), where a cached value is kept.
	 */
	followUp: followUpRefSchema.nullable().optional(),
	version: z.number().int(),
	createdAt: z.string(),
	updatedAt: z.string(),
	/**
	 * A colleague's customer under the team's "private by owner" rule: name, owner, tier and pool
	 * state only — no contacts, emails, phones, threads, orders, notes, values or explanation.
	 */
	restricted: z.boolean().optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export const contactSchema = z.object({
	id: z.string(),
	name: z.string().nullable(),
	email: z.string().nullable(),
	phone: z.string().nullable(),
	/** A number without a country code that nothing placed, as written (never a dedupe key). */
	phoneAsWritten: z.string().nullable().optional(),
	whatsapp: z.string().nullable(),
	wechat: z.string().nullable(),
	skype: z.string().nullable(),
	title: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

export const interactionSchema = z.object({
	id: z.string(),
	source: z.string(),
	kind: z.string(),
	externalId: z.string(),
	subject: z.string().nullable(),
	summary: z.string().nullable(),
	direction: z.string().nullable(),
	occurredAt: z.string(),
	createdBy: memberRefSchema.nullable(),
});
export type Interaction = z.infer<typeof interactionSchema>;

export const orderSchema = z.object({
	id: z.string(),
	amount: z.number(),
	currency: z.string(),
	amountUsd: z.number(),
	date: z.string(),
	reference: z.string().nullable(),
	cancelled: z.boolean(),
	createdAt: z.string(),
});
export type Order = z.infer<typeof orderSchema>;

export const noteSchema = z.object({
	id: z.string(),
	body: z.string(),
	author: memberRefSchema.nullable(),
	createdAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const customerDetailSchema = customerSchema.extend({
	contacts: z.array(contactSchema),
	interactions: z.array(interactionSchema),
	orders: z.array(orderSchema),
	notes: z.array(noteSchema),
	/** The scoring engine's explanation, see shared/scoring. */
	explanation: z.unknown(),
});
export type CustomerDetail = z.infer<typeof customerDetailSchema>;

/** A value a capture offered for a field that already held another one: kept, not overwritten. */
export const fieldConflictSchema = z.object({ field: z.string(), kept: z.string(), offered: z.string() });
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

export const captureResponseSchema = z.object({
	customer: customerSchema,
	owner: memberRefSchema.nullable(),
	created: z.boolean(),
	/** The key the capture was matched by (null: a new customer). */
	matchedBy: identitySchema.nullable(),
	/** Set when the capture shared only a phone with another company's customer and was kept apart. */
	possibleDuplicateOf: possibleDuplicateSchema.nullable().optional(),
	/** Offered values that were not written because the record already had different ones. */
	conflicts: z.array(fieldConflictSchema).optional(),
});
export type CaptureResponse = z.infer<typeof captureResponseSchema>;

export const customerPatchSchema = z
	.object({
		version: z.number().int().nonnegative(),
		name: nameText(LIMITS.name),
		website: text(300).nullable(),
		country: text(100).nullable(),
		buyerType: buyerTypeSchema.nullable().optional(),
		size: companySizeSchema.nullable().optional(),
		status: customerStatusSchema.optional(),
	})
	.strict();
export type CustomerPatch = z.input<typeof customerPatchSchema>;

export const customerListQuerySchema = z.object({
	q: z.string().max(200).optional(),
	tier: tierSchema.optional(),
	owner: z.string().max(64).optional(),
	status: customerStatusSchema.optional(),
	pool: z.enum(["true", "false"]).optional(),
	cursor: z.string().max(200).optional(),
	limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});

export const customerListSchema = z.object({
	items: z.array(customerSchema),
	nextCursor: z.string().nullable(),
});
export type CustomerList = z.infer<typeof customerListSchema>;

/**
 * An order line. The amount is positive, except for a credit note (`creditNote: true`: a refund or
 * a correction, stored as a negative amount that lowers revenue) or a cancelled line
 * (`cancelled: true`, counted nowhere). A negative amount without either is refused: it has no
 * meaning a reader could check. The date is between 1970 and one year ahead.
 */
export const orderInputSchema = z
	.object({
		amount: z.number().finite().min(-1e12).max(1e12),
		currency: currencyCode,
		date: windowDate,
		reference: text(100),
		cancelled: z.boolean().optional(),
		creditNote: z.boolean().optional(),
	})
	.superRefine((order, ctx) => {
		if (order.amount < 0 && !order.creditNote && !order.cancelled) {
			ctx.addIssue({
				code: "custom",
				path: ["amount"],
				message: "A negative amount is only a credit note (creditNote: true) or a cancelled line",
			});
		}
		if (order.creditNote && order.amount >= 0) {
			ctx.addIssue({ code: "custom", path: ["amount"], message: "A credit note's amount is negative" });
		}
	});
export type OrderInput = z.input<typeof orderInputSchema>;

export const noteInputSchema = z.object({ body: z.string().trim().min(1).max(LIMITS.noteBody) });

/** POST /v1/customers/:id/erase: orders are erased too only when asked (they may be needed for the books). */
export const eraseInputSchema = z.object({ orders: z.boolean().default(false) }).strict();

/** Asking for a colleague's customer (POST /v1/customers/:id/transfer-requests). */
export const transferRequestInputSchema = z.object({ reason: text(500) }).strict();

export const transferRequestSchema = z.object({
	id: z.string(),
	customerId: z.string(),
	requesterId: z.string(),
	reason: z.string().nullable(),
	state: z.enum(["pending", "accepted", "declined"]),
	decidedBy: z.string().nullable(),
	decidedAt: z.string().nullable(),
	createdAt: z.string(),
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const transferInputSchema = z.object({ toMemberId: z.string().min(1).max(64), reason: text(500) });
export const bulkTransferInputSchema = z.object({
	fromMemberId: z.string().min(1).max(64),
	/** Customers are spread round-robin over these members. */
	toMemberIds: z.array(z.string().min(1).max(64)).min(1).max(50),
	deactivate: z.boolean().default(false),
});

export const roleRefSchema = roleSchema;
