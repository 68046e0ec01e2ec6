import { DEFAULT_PLAYBOOKS } from "../../shared/schema/playbooks";
import type { CachedCustomer, TierlineDb } from "../store/db";
import { getMeta } from "../store/meta";
import { displayTierLabel } from "../ui/tier-label";
import { localDay } from "./local-day";
import { selectToday, type TodayRow } from "./select-today";
import { buyersWaiting, mergeWaiting } from "./waiting-threads";

/**
 * Today from the local cache alone (works offline): customers whose follow-up day has come (by
 * the day index), the buyers waiting (threads captured here, and my customers' threads the team's
 * server says end with the buyer's message), and the cached pool warnings.
 */
export async function loadToday(db: TierlineDb, now = new Date()): Promise<TodayRow[]> {
	const today = localDay(now);
	const [due, awaiting, captures, me, playbooks, poolWarnings] = await Promise.all([
		db.customers.where("followUpDay").belowOrEqual(today).toArray(),
		db.customers.where("awaitingSince").below("\uffff").toArray(),
		db.captures.where("status").equals("synced").toArray(),
		getMeta(db, "me"),
		getMeta(db, "playbooks"),
		getMeta(db, "poolWarnings"),
	]);
	const memberId = me?.member.id ?? null;
	// The team's record of who waits: only my customers' buyers are mine to answer.
	const awaitingMine = awaiting.flatMap((c) =>
		c.awaitingReply && (memberId === null || c.owner?.id === memberId)
			? [{ customerId: c.id, since: c.awaitingReply.since, source: c.awaitingReply.source }]
			: [],
	);
	const waiting = mergeWaiting(buyersWaiting(captures), awaitingMine);
	const warnings = poolWarnings ?? [];
	const ids = [...new Set([...waiting.map((w) => w.customerId), ...warnings.map((w) => w.customerId)])];
	const customersById = new Map<string, CachedCustomer>();
	for (const row of await db.customers.bulkGet(ids)) if (row) customersById.set(row.id, row);
	return selectToday({
		followUps: due,
		customersById,
		waiting,
		poolWarnings: warnings,
		memberId,
		replyWithinHours: (playbooks ?? DEFAULT_PLAYBOOKS).replyWithinHours,
		now,
		today,
		labelOf: (tier) => displayTierLabel(tier),
	});
}
