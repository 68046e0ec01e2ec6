import { z } from "zod";
import { tierSchema } from "./common";

const days = (max: number) => z.number().int().min(1).max(max).nullable();
const cap = z.number().int().min(1).max(1_000_000).nullable();

/**
 * The team's pool (公海) rules; null turns a rule off, and every rule is off by default.
 * - releaseAfterDays: no follow-up (interaction, order or note by the owner) for N days → released to the pool;
 * - warnDaysBefore: the owner is warned this many days before such a release;
 * - protectDaysAfterClaim: a customer claimed from the pool is not released automatically for N days;
 * - maxOwnedPerMember / maxOwnedPerTier: a claim that would exceed the cap is refused;
 * - reclaimCooldownDays: the member who had it may not claim it back for N days after its release.
 */
export const poolRulesSchema = z
	.object({
		releaseAfterDays: days(3650),
		warnDaysBefore: days(365),
		protectDaysAfterClaim: days(3650),
		maxOwnedPerMember: cap,
		maxOwnedPerTier: z.object({ platinum: cap, gold: cap, iron: cap, lead: cap }).partial().strict(),
		reclaimCooldownDays: days(3650),
	})
	.strict()
	.superRefine((rules, ctx) => {
		if (rules.warnDaysBefore !== null && rules.releaseAfterDays === null) {
			ctx.addIssue({ code: "custom", path: ["warnDaysBefore"], message: "Warnings need releaseAfterDays" });
		}
		if (
			rules.warnDaysBefore !== null &&
			rules.releaseAfterDays !== null &&
			rules.warnDaysBefore >= rules.releaseAfterDays
		) {
			ctx.addIssue({
				code: "custom",
				path: ["warnDaysBefore"],
				message: "The warning must come before the release (fewer days than releaseAfterDays)",
			});
		}
	});
export type PoolRules = z.infer<typeof poolRulesSchema>;

export const DEFAULT_POOL_RULES: PoolRules = {
	releaseAfterDays: null,
	warnDaysBefore: null,
	protectDaysAfterClaim: null,
	maxOwnedPerMember: null,
	maxOwnedPerTier: {},
	reclaimCooldownDays: null,
};

/** A customer the pool rules will release soon (the owner's warning). */
export const poolWarningSchema = z.object({
	customerId: z.string(),
	name: z.string(),
	tier: tierSchema,
	ownerId: z.string(),
	lastFollowUpAt: z.string(),
	releaseAt: z.string(),
});
export type PoolWarning = z.infer<typeof poolWarningSchema>;
export const poolWarningListSchema = z.object({ items: z.array(poolWarningSchema) });
