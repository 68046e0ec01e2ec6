import { z } from "zod";
import { identityKindSchema, tierSchema } from "./common";
import { LIMITS } from "./limits";

export const lookupRequestSchema = z
	.object({
		emails: z.array(z.string().max(254)).max(LIMITS.lookupKeys).default([]),
		domains: z.array(z.string().max(253)).max(LIMITS.lookupKeys).default([]),
		buyerIds: z.array(z.string().max(100)).max(LIMITS.lookupKeys).default([]),
	})
	.refine((r) => r.emails.length + r.domains.length + r.buyerIds.length <= LIMITS.lookupKeys, {
		message: `At most ${LIMITS.lookupKeys} keys in one lookup`,
	});
export type LookupRequest = z.input<typeof lookupRequestSchema>;

export const lookupMatchSchema = z.object({
	customerId: z.string(),
	name: z.string(),
	tier: tierSchema,
	tierLabel: z.string(),
	ownerName: z.string().nullable(),
	ownerId: z.string().nullable(),
	churn: z.boolean(),
	inPool: z.boolean(),
	/** Which kind of key found the customer (the one vocabulary of keys: shared/capture/keys). */
	matchedBy: identityKindSchema,
	/** Where the buyer is, for their local time (shared/local-time/buyer-zone). */
	localTime: z
		.object({
			timeZone: z.string().max(64),
			country: z.string().length(2).optional(),
			city: z.string().max(100).optional(),
			assumed: z.boolean(),
		})
		.optional(),
	/** A colleague's customer the caller may not read in full (churn is then always false). */
	restricted: z.boolean().optional(),
});
export type LookupMatch = z.infer<typeof lookupMatchSchema>;

/** Keys are the request's keys, lower-cased. Unknown keys are absent. */
export const lookupResponseSchema = z.object({ matches: z.record(z.string(), lookupMatchSchema) });
export type LookupResponse = z.infer<typeof lookupResponseSchema>;
