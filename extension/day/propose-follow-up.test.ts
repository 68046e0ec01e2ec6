import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOKS, type Playbooks } from "../../shared/schema/playbooks";
import { proposeFollowUp, shouldPropose } from "./propose-follow-up";

describe("the playbook's next follow-up", () => {
	it("follows the tier's cadence from today, with the tier's next step", () => {
		expect(proposeFollowUp("platinum", DEFAULT_PLAYBOOKS, "2026-12-06")).toEqual({
			day: "2026-12-20",
			days: 14,
			note: DEFAULT_PLAYBOOKS.platinum.nextStep,
		});
		expect(proposeFollowUp("gold", DEFAULT_PLAYBOOKS, "2026-12-06").day).toBe("2027-01-05");
		expect(proposeFollowUp("iron", DEFAULT_PLAYBOOKS, "2026-12-06").day).toBe("2026-12-27");
	});

	it("a Lead within the days it has to be qualified when that is sooner; the team's own wording", () => {
		const team: Playbooks = {
			...DEFAULT_PLAYBOOKS,
			lead: { cadenceDays: 10, nextStep: "Ask for the annual volume", qualifyWithinDays: 4 },
		};
		expect(proposeFollowUp("lead", team, "2026-12-06")).toEqual({
			day: "2026-12-10",
			days: 4,
			note: "Ask for the annual volume",
		});
	});

	it("is proposed after a capture, order or reply newer than the follow-up, not before", () => {
		const setAt = (updatedAt: string) => ({ dueAt: "2026-12-20", note: null, ownerId: "m", updatedAt });
		expect(shouldPropose(null, "2026-12-06T09:00:00Z")).toBe(true);
		expect(shouldPropose(undefined, null)).toBe(false);
		expect(shouldPropose(setAt("2026-12-05T00:00:00Z"), "2026-12-06T09:00:00Z")).toBe(true);
		expect(shouldPropose(setAt("2026-12-06T10:00:00Z"), "2026-12-06T09:00:00Z")).toBe(false);
	});
});
