import { z } from "zod";

/**
 * A team's treatment per tier (the essays' defaults): how often to contact, the next step, and
 * for Iron a regular Iron→Gold review; for Leads a time to qualify or release. Plus how long a
 * buyer's message may wait for a reply before Today lists it.
 */
const playbookSchema = z
	.object({
		/** Days from the last contact to the next follow-up. */
		cadenceDays: z.number().int().min(1).max(365),
		/** The next step, as the team words it. */
		nextStep: z.string().trim().min(1).max(300),
		/** Iron: days between Iron→Gold reviews. */
		reviewEveryDays: z.number().int().min(1).max(365).optional(),
		/** Lead: days to qualify before releasing to the pool. */
		qualifyWithinDays: z.number().int().min(1).max(365).optional(),
	})
	.strict();
export type Playbook = z.infer<typeof playbookSchema>;

export const playbooksSchema = z
	.object({
		platinum: playbookSchema,
		gold: playbookSchema,
		iron: playbookSchema,
		lead: playbookSchema,
		/** A buyer's last message unanswered this many hours is "waiting for a reply". */
		replyWithinHours: z.number().int().min(1).max(720),
	})
	.strict();
export type Playbooks = z.infer<typeof playbooksSchema>;

export const DEFAULT_PLAYBOOKS: Playbooks = {
	platinum: { cadenceDays: 14, nextStep: "Review the account plan and keep close contact" },
	gold: { cadenceDays: 30, nextStep: "Grow share of wallet: propose the next product line" },
	iron: { cadenceDays: 21, nextStep: "Nurture towards Gold", reviewEveryDays: 90 },
	lead: { cadenceDays: 7, nextStep: "Qualify or let go", qualifyWithinDays: 7 },
	replyWithinHours: 24,
};

/** GET and PUT /v1/team/playbooks answer: the playbooks (the defaults until the team sets its own). */
export const storedPlaybooksSchema = z.object({
	playbooks: playbooksSchema,
	updatedAt: z.string().nullable(),
});
