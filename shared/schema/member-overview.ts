import { z } from "zod";
import { tierSchema } from "./common";
import { apiTokenSchema, memberSchema } from "./team";

/** Customers a member owns (outside the pool), per tier. */
export const tierCountsSchema = z.record(tierSchema, z.number().int());
export type TierCounts = z.infer<typeof tierCountsSchema>;

/** A member on the team page: who, last active (their tokens' last use) and customers per tier. */
export const memberOverviewSchema = memberSchema.extend({
	lastActiveAt: z.string().nullable(),
	liveTokens: z.number().int(),
	customers: tierCountsSchema,
});
export type MemberOverview = z.infer<typeof memberOverviewSchema>;
export const memberOverviewListSchema = z.object({ items: z.array(memberOverviewSchema) });

export const memberTokenListSchema = z.object({ items: z.array(apiTokenSchema) });
