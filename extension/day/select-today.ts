import type { Tier } from "../../shared/schema/common";
import { tierSchema } from "../../shared/schema/common";
import type { FollowUpRef } from "../../shared/schema/customer";
import { dueDayOf } from "../../shared/schema/follow-up";
import type { PoolWarning } from "../../shared/schema/pool-rules";
import type { BuyerWaiting } from "./waiting-threads";

/** The cached customer fields Today reads. */
export interface TodayCustomer {
	id: string;
	name: string;
	tier: Tier;
	tierLabel: string;
	followUp?: FollowUpRef | null;
	lastInteractionAt: string | null;
	restricted?: boolean;
}

export type TodayReason =
	| { kind: "followUp"; overdue: boolean; dueAt: string; note: string | null }
	| {
			kind: "waiting";
			since: string;
			/** An Alibaba.com inquiry: when the platform's reply window closes (ISO). */
			replyWindowEndsAt?: string;
	  }
	| { kind: "pool"; releaseAt: string };

export interface TodayRow {
	customerId: string;
	name: string;
	tier: Tier;
	tierLabel: string;
	/** Since when the customer has waited (the oldest of its reasons), ISO. */
	since: string;
	reasons: TodayReason[];
}

export interface TodayInput {
	/** Customers with a follow-up due on or before today (others are ignored). */
	followUps: Iterable<TodayCustomer>;
	/** Customers of the buyers waiting, by id (a buyer whose customer is not cached is skipped). */
	customersById: ReadonlyMap<string, TodayCustomer>;
	waiting: Iterable<BuyerWaiting>;
	poolWarnings: readonly PoolWarning[];
	/** Whose day it is: only their follow-ups and pool warnings (null: every one cached). */
	memberId: string | null;
	replyWithinHours: number;
	now: Date;
	/** "YYYY-MM-DD", local. */
	today: string;
	/** The tier label of a pool-warned customer the cache does not hold. */
	labelOf: (tier: Tier) => string;
}

/**
 * Alibaba.com counts a seller's inquiry as answered in time when the reply comes within 24 hours
 * (the response rate buyers see on the seller's profile): such a buyer is listed at once, with the
 * hours left, not after the team's own reply time.
 */
export const ALIBABA_REPLY_WINDOW_HOURS = 24;
/** A later activity than the buyer's message (beyond this slack) means it was answered elsewhere. */
const ANSWERED_SLACK_MS = 60_000;
const TIER_ORDER = tierSchema.options;

/**
 * The salesperson's day: follow-ups due today or overdue, buyers waiting longer than the team's
 * reply time, customers about to go to the pool — one row per customer, Platinum first, then the
 * longest waiting first.
 */
export function selectToday(input: TodayInput): TodayRow[] {
	const rows = new Map<string, TodayRow>();
	const add = (customer: Omit<TodayRow, "since" | "reasons">, since: string, reason: TodayReason) => {
		const row = rows.get(customer.customerId) ?? { ...customer, since, reasons: [] };
		row.reasons.push(reason);
		if (Date.parse(since) < Date.parse(row.since)) row.since = since;
		rows.set(customer.customerId, row);
	};
	const basics = (c: TodayCustomer) => ({
		customerId: c.id,
		name: c.name,
		tier: c.tier,
		tierLabel: c.tierLabel,
	});
	const mine = (ownerId: string | null | undefined) => input.memberId === null || ownerId === input.memberId;

	for (const customer of input.followUps) {
		const followUp = customer.followUp;
		if (!followUp || customer.restricted || !mine(followUp.ownerId)) continue;
		const day = dueDayOf(followUp.dueAt);
		if (day > input.today) continue;
		add(basics(customer), sinceOfDay(followUp.dueAt), {
			kind: "followUp",
			overdue: day < input.today,
			dueAt: followUp.dueAt,
			note: followUp.note,
		});
	}

	const threshold = input.now.getTime() - input.replyWithinHours * 3_600_000;
	for (const buyer of input.waiting) {
		const customer = input.customersById.get(buyer.customerId);
		const at = Date.parse(buyer.since);
		const platform = buyer.source === "alibaba";
		if (!customer || customer.restricted || !(platform ? at <= input.now.getTime() : at <= threshold))
			continue;
		const later = customer.lastInteractionAt === null ? Number.NaN : Date.parse(customer.lastInteractionAt);
		if (later > at + ANSWERED_SLACK_MS) continue;
		add(basics(customer), buyer.since, {
			kind: "waiting",
			since: buyer.since,
			...(platform
				? { replyWindowEndsAt: new Date(at + ALIBABA_REPLY_WINDOW_HOURS * 3_600_000).toISOString() }
				: {}),
		});
	}

	for (const warning of input.poolWarnings) {
		if (!mine(warning.ownerId)) continue;
		const cached = input.customersById.get(warning.customerId);
		const customer = cached
			? basics(cached)
			: {
					customerId: warning.customerId,
					name: warning.name,
					tier: warning.tier,
					tierLabel: input.labelOf(warning.tier),
				};
		add(customer, warning.lastFollowUpAt, { kind: "pool", releaseAt: warning.releaseAt });
	}

	return [...rows.values()].sort(
		(a, b) =>
			TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
			Date.parse(a.since) - Date.parse(b.since) ||
			a.name.localeCompare(b.name),
	);
}

/** When a follow-up became due: its time, or the start of its day (UTC: days compare, not hours). */
function sinceOfDay(dueAt: string): string {
	return dueAt.length > 10 ? new Date(dueAt).toISOString() : `${dueAt}T00:00:00.000Z`;
}
