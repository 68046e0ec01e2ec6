import type { Tier } from "../../shared/schema/common";
import type { FollowUpRef } from "../../shared/schema/customer";
import type { Playbooks } from "../../shared/schema/playbooks";
import { addDays } from "./local-day";

export interface FollowUpProposal {
	day: string;
	/** The tier's next step, as the team words it. */
	note: string;
	days: number;
}

/**
 * The next follow-up the tier's playbook prescribes from today: its cadence (a Lead: within the
 * days it has to be qualified, when that is sooner), with the playbook's next step as the note.
 */
export function proposeFollowUp(tier: Tier, playbooks: Playbooks, today: string): FollowUpProposal {
	const playbook = playbooks[tier];
	const days = Math.min(playbook.cadenceDays, playbook.qualifyWithinDays ?? playbook.cadenceDays);
	return { day: addDays(today, days), note: playbook.nextStep, days };
}

/**
 * After a capture, an order or a reply (the customer's latest activity), the panel proposes the
 * next follow-up — unless one was set since that activity.
 */
export function shouldPropose(
	followUp: FollowUpRef | null | undefined,
	lastActivityAt: string | null,
): boolean {
	if (lastActivityAt === null) return false;
	if (!followUp) return true;
	return Date.parse(followUp.updatedAt) < Date.parse(lastActivityAt);
}
