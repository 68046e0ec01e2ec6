import { z } from "zod";
import { id, tierSchema } from "./common";
import { tierCountsSchema } from "./member-overview";

/** Where a tier's customers go: spread evenly among the receivers, released to the pool, or one member. */
export const handoverDestinationSchema = z.union([z.literal("spread"), z.literal("pool"), id]);
export type HandoverDestination = z.infer<typeof handoverDestinationSchema>;

/** Handover when someone leaves (人走客留): the same body previews and commits. */
export const handoverInputSchema = z
	.object({
		fromMemberId: id,
		/** Colleagues among whom "spread" tiers are shared out evenly (Platinum and Gold first). */
		receivers: z.array(id).max(100).default([]),
		tiers: z
			.object({
				platinum: handoverDestinationSchema,
				gold: handoverDestinationSchema,
				iron: handoverDestinationSchema,
				lead: handoverDestinationSchema,
			})
			.partial()
			.strict()
			.default({}),
		/** By hand: these customers go to this member or the pool, whatever their tier's rule says. */
		assignments: z
			.array(z.object({ customerId: id, to: z.union([z.literal("pool"), id]) }).strict())
			.max(20_000)
			.default([]),
	})
	.strict();
export type HandoverInput = z.infer<typeof handoverInputSchema>;

export const handoverCustomerSchema = z.object({
	id: z.string(),
	name: z.string(),
	tier: tierSchema,
	revenue12mUsd: z.number(),
	/** The receiving member, or null for the pool. */
	to: z.string().nullable(),
});
export type HandoverCustomer = z.infer<typeof handoverCustomerSchema>;

export const handoverPlanSchema = z.object({
	from: z.object({ id: z.string(), name: z.string() }),
	total: z.number().int(),
	receivers: z.array(
		z.object({ memberId: z.string(), name: z.string(), counts: tierCountsSchema, total: z.number().int() }),
	),
	pool: z.object({ counts: tierCountsSchema, total: z.number().int() }),
	customers: z.array(handoverCustomerSchema),
});
export type HandoverPlan = z.infer<typeof handoverPlanSchema>;

export const handoverResultSchema = handoverPlanSchema.extend({ at: z.string() });
export type HandoverResult = z.infer<typeof handoverResultSchema>;
