import { z } from "zod";
import { LIMITS } from "./limits";

/** One write in the team's audit log: who did what to which record, with the record before and after. */
export const auditEntrySchema = z.object({
	id: z.number().int(),
	actorId: z.string().nullable(),
	actorName: z.string().nullable(),
	action: z.string(),
	entity: z.string(),
	entityId: z.string().nullable(),
	before: z.unknown(),
	after: z.unknown(),
	at: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
	entity: z.string().max(40).optional(),
	entityId: z.string().max(64).optional(),
	actorId: z.string().max(64).optional(),
	/** An action ("customer.transfer") or a prefix of one ending in "." ("customer."). */
	action: z.string().max(60).optional(),
	/** Entries at or after this day / before the end of this day (YYYY-MM-DD, UTC). */
	from: z.iso.date().optional(),
	to: z.iso.date().optional(),
	cursor: z
		.string()
		.regex(/^\d{1,15}$/, "cursor is the nextCursor of the previous page")
		.optional(),
	limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
});

export const auditListSchema = z.object({
	items: z.array(auditEntrySchema),
	nextCursor: z.string().nullable(),
});
export type AuditList = z.infer<typeof auditListSchema>;
