import { describe, expect, it } from "vitest";
import type { Tier } from "../../shared/schema/common";
import type { PoolWarning } from "../../shared/schema/pool-rules";
import { selectToday, type TodayCustomer, type TodayInput } from "./select-today";
import { buyersWaiting, type CapturedThread, mergeWaiting } from "./waiting-threads";

const ME = "mem_me";
const NOW = new Date("2026-12-06T12:00:00Z");

function customer(id: string, tier: Tier, extra: Partial<TodayCustomer> = {}): TodayCustomer {
	return { id, name: id, tier, tierLabel: tier, lastInteractionAt: null, ...extra };
}
const due = (dueAt: string, ownerId = ME) => ({
	dueAt,
	note: null,
	ownerId,
	updatedAt: "2026-11-01T00:00:00Z",
});

function input(extra: Partial<TodayInput>): TodayInput {
	return {
		followUps: [],
		customersById: new Map(),
		waiting: [],
		poolWarnings: [],
		memberId: ME,
		replyWithinHours: 24,
		now: NOW,
		today: "2026-12-06",
		labelOf: (tier) => tier,
		...extra,
	};
}

describe("Today: what is due", () => {
	it("overdue and due follow-ups of mine; later ones, colleagues' and restricted ones left out", () => {
		const rows = selectToday(
			input({
				followUps: [
					customer("overdue", "gold", { followUp: due("2026-12-01") }),
					customer("today", "gold", { followUp: due("2026-12-06T15:00:00+01:00") }),
					customer("tomorrow", "gold", { followUp: due("2026-12-07") }),
					customer("colleague's", "platinum", { followUp: due("2026-12-01", "mem_other") }),
					customer("hidden", "platinum", { followUp: due("2026-12-01"), restricted: true }),
				],
			}),
		);
		expect(rows.map((r) => [r.customerId, r.reasons])).toEqual([
			["overdue", [{ kind: "followUp", overdue: true, dueAt: "2026-12-01", note: null }]],
			["today", [{ kind: "followUp", overdue: false, dueAt: "2026-12-06T15:00:00+01:00", note: null }]],
		]);
	});

	it("ordered by tier, Platinum first, then by how long each has waited", () => {
		const rows = selectToday(
			input({
				followUps: [
					customer("lead-old", "lead", { followUp: due("2026-10-01") }),
					customer("gold-new", "gold", { followUp: due("2026-12-06") }),
					customer("gold-old", "gold", { followUp: due("2026-11-20") }),
					customer("platinum-new", "platinum", { followUp: due("2026-12-05") }),
					customer("iron", "iron", { followUp: due("2026-12-02") }),
				],
			}),
		);
		expect(rows.map((r) => r.customerId)).toEqual([
			"platinum-new",
			"gold-old",
			"gold-new",
			"iron",
			"lead-old",
		]);
	});

	it("a buyer waits for a reply once their last message is older than the team's hours", () => {
		const byId = new Map([
			["long", customer("long", "iron", { lastInteractionAt: "2026-12-04T08:00:00Z" })],
			["recent", customer("recent", "platinum", { lastInteractionAt: "2026-12-06T01:00:00Z" })],
			["answered", customer("answered", "gold", { lastInteractionAt: "2026-12-05T09:00:00Z" })],
		]);
		const waiting = [
			{ customerId: "long", since: "2026-12-04T08:00:00Z", source: "gmail" as const },
			{ customerId: "recent", since: "2026-12-06T01:00:00Z", source: "gmail" as const },
			// Answered from another browser: the customer's latest activity is after the message.
			{ customerId: "answered", since: "2026-12-03T08:00:00Z", source: "gmail" as const },
			{ customerId: "not-cached", since: "2026-12-01T08:00:00Z", source: "gmail" as const },
		];
		const day = selectToday(input({ customersById: byId, waiting }));
		expect(day.map((r) => [r.customerId, r.reasons])).toEqual([
			["long", [{ kind: "waiting", since: "2026-12-04T08:00:00Z" }]],
		]);
		// With a 6-hour rule the Platinum buyer of 11 hours ago waits too, and comes first.
		const strict = selectToday(input({ customersById: byId, waiting, replyWithinHours: 6 }));
		expect(strict.map((r) => r.customerId)).toEqual(["recent", "long"]);
	});

	it("customers about to go to the pool, mine only; one row per customer with every reason", () => {
		const warning = (customerId: string, tier: Tier, ownerId = ME): PoolWarning => ({
			customerId,
			name: `${customerId} Ltd`,
			tier,
			ownerId,
			lastFollowUpAt: "2026-09-10T00:00:00Z",
			releaseAt: "2026-12-10T00:00:00Z",
		});
		const both = customer("both", "gold", { followUp: due("2026-12-06") });
		const rows = selectToday(
			input({
				followUps: [both],
				customersById: new Map([["both", both]]),
				poolWarnings: [
					warning("both", "gold"),
					warning("uncached", "lead"),
					warning("theirs", "gold", "mem_x"),
				],
			}),
		);
		expect(rows.map((r) => [r.customerId, r.name, r.reasons.map((x) => x.kind), r.since])).toEqual([
			["both", "both", ["followUp", "pool"], "2026-09-10T00:00:00Z"],
			["uncached", "uncached Ltd", ["pool"], "2026-09-10T00:00:00Z"],
		]);
	});
});

describe("buyers waiting: the captured threads' last messages", () => {
	const thread = (
		customerId: string | null,
		externalId: string,
		createdAt: string,
		messages: Array<{ date?: string; direction?: "inbound" | "outbound" }>,
	): CapturedThread => ({
		customerId,
		createdAt,
		request: {
			source: "gmail",
			thread: { externalId, messages },
		},
	});

	it("the buyer's message last in a thread waits; our reply last, or a later capture with it, does not", () => {
		const found = buyersWaiting([
			thread("c1", "t1", "2026-12-04T09:00:00Z", [
				{ date: "2026-12-03T08:00:00Z", direction: "outbound" },
				{ date: "2026-12-04T08:00:00Z", direction: "inbound" },
			]),
			thread("c2", "t2", "2026-12-04T09:00:00Z", [{ date: "2026-12-04T08:00:00Z", direction: "inbound" }]),
			thread("c2", "t2", "2026-12-05T09:00:00Z", [
				{ date: "2026-12-04T08:00:00Z", direction: "inbound" },
				{ date: "2026-12-05T08:00:00Z", direction: "outbound" },
			]),
			thread("c3", "t3", "2026-12-04T09:00:00Z", [
				{ date: "2026-12-04T10:00:00Z", direction: "inbound" },
				{ date: "2026-12-04T07:00:00Z", direction: "outbound" },
			]),
			thread(null, "t4", "2026-12-04T09:00:00Z", [{ date: "2026-12-01T08:00:00Z", direction: "inbound" }]),
		]);
		expect(found).toEqual([
			{ customerId: "c1", since: "2026-12-04T08:00:00Z", source: "gmail" },
			{ customerId: "c3", since: "2026-12-04T10:00:00Z", source: "gmail" },
		]);
	});

	it("a customer with two waiting threads waits since the older message", () => {
		const found = buyersWaiting([
			thread("c1", "a", "2026-12-05T09:00:00Z", [{ date: "2026-12-05T08:00:00Z", direction: "inbound" }]),
			thread("c1", "b", "2026-12-05T09:00:00Z", [{ date: "2026-12-02T08:00:00Z", direction: "inbound" }]),
		]);
		expect(found).toEqual([{ customerId: "c1", since: "2026-12-02T08:00:00Z", source: "gmail" }]);
	});

	it("this browser's captures and the team's record merge, one buyer per customer, the oldest wait", () => {
		const merged = mergeWaiting(
			[{ customerId: "c1", since: "2026-12-05T08:00:00Z", source: "gmail" }],
			[
				{ customerId: "c1", since: "2026-12-04T08:00:00Z", source: "alibaba" },
				{ customerId: "c2", since: "2026-12-05T08:00:00Z", source: "gmail" },
			],
		);
		expect(merged).toEqual([
			{ customerId: "c1", since: "2026-12-04T08:00:00Z", source: "alibaba" },
			{ customerId: "c2", since: "2026-12-05T08:00:00Z", source: "gmail" },
		]);
	});
});

describe("an Alibaba.com inquiry waiting: the platform's reply window", () => {
	it("is listed at once with the window's end, before the team's hours; email waits for those hours", () => {
		const byId = new Map([
			["inquiry", customer("inquiry", "iron", { lastInteractionAt: "2026-12-06T05:00:00Z" })],
			["email", customer("email", "iron", { lastInteractionAt: "2026-12-06T05:00:00Z" })],
			["closed", customer("closed", "lead", { lastInteractionAt: "2026-12-04T06:00:00Z" })],
		]);
		const rows = selectToday(
			input({
				customersById: byId,
				waiting: [
					{ customerId: "inquiry", since: "2026-12-06T05:00:00Z", source: "alibaba" },
					{ customerId: "email", since: "2026-12-06T05:00:00Z", source: "gmail" },
					{ customerId: "closed", since: "2026-12-04T06:00:00Z", source: "alibaba" },
				],
			}),
		);
		expect(rows.map((r) => [r.customerId, r.reasons])).toEqual([
			[
				"inquiry",
				[{ kind: "waiting", since: "2026-12-06T05:00:00Z", replyWindowEndsAt: "2026-12-07T05:00:00.000Z" }],
			],
			[
				"closed",
				[{ kind: "waiting", since: "2026-12-04T06:00:00Z", replyWindowEndsAt: "2026-12-05T06:00:00.000Z" }],
			],
		]);
		// A message "from the future" (a skewed clock) waits for nobody yet.
		const future = selectToday(
			input({
				customersById: byId,
				waiting: [{ customerId: "inquiry", since: "2026-12-06T13:00:00Z", source: "alibaba" }],
			}),
		);
		expect(future).toEqual([]);
	});
});
