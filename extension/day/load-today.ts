import { DEFAULT_PLAYBOOKS } from "../../shared/schema/playbooks";
import type { CachedCustomer, TierlineDb } from "../store/db";
import { getMeta } from "../store/meta";
import { displayTierLabel } from "../ui/tier-label";
import { localDay } from "./local-day";
import { selectToday, type TodayRow } from "./select-today";
import { buyersWaiting } from "./waiting-threads";

/**
 * Today from the local cache alone (works offline): customers whose follow-up day has come (by
 * the day index), the buyers waiting in threads captured here, and the cached pool warnings.
 */
export async function loadToday(db: TierlineDb, now = new Date()): Promise<TodayRow[]> {
	const today = localDay(now);
	const [due, captures, me, playbooks, poolWarnings] = await Promise.all([
		db.customers.where("followUpDay").belowOrEqual(today).toArray(),
		db.captures.where("status").equals("synced").toArray(),
		getMeta(db, "me"),
		getMeta(db, "playbooks"),
		getMeta(db, "poolWarnings"),
	]);
	const waiting = buyersWaiting(captures);
	const warnings = poolWarnings ?? [];
	const ids = [...new Set([...waiting.map((w) => w.customerId), ...warnings.map((w) => w.customerId)])];
	const customersById = new Map<string, CachedCustomer>();
	for (const row of await db.customers.bulkGet(ids)) if (row) customersById.set(row.id, row);
	return selectToday({
		followUps: due,
		customersById,
		waiting,
		poolWarnings: warnings,
		memberId: me?.member.id ?? null,
		replyWithinHours: (playbooks ?? DEFAULT_PLAYBOOKS).replyWithinHours,
		now,
		today,
		labelOf: (tier) => displayTierLabel(tier),
	});
}
