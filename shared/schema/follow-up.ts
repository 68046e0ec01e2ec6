import { z } from "zod";
import { isoDate, text, tierSchema } from "./common";

/** PUT /v1/customers/:id/follow-up: a day ("2026-12-08") or a day and time with its offset. */
export const followUpInputSchema = z
	.object({
		dueAt: isoDate,
		note: text(500),
	})
	.strict();
export type FollowUpInput = z.input<typeof followUpInputSchema>;

/** GET /v1/follow-ups?due=YYYY-MM-DD[&owner=memberId]: due on or before that day. */
export const followUpsQuerySchema = z
	.object({
		due: z.iso.date(),
		owner: z.string().min(1).max(64).optional(),
	})
	.strict();

export const followUpSchema = z.object({
	customerId: z.string(),
	name: z.string(),
	tier: tierSchema,
	tierLabel: z.string(),
	dueAt: z.string(),
	note: z.string().nullable(),
	ownerId: z.string(),
	updatedAt: z.string(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The day a follow-up is due: the date as written (a time keeps the buyer-side day of its offset). */
export function dueDayOf(dueAt: string): string {
	return dueAt.slice(0, 10);
}
