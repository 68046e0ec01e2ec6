import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import type { BuyerType, CompanySize } from "../../shared/schema/common";
import type { InquirySignals, PlatformSignals } from "../../shared/schema/signals";
import { type CustomerScore, type ScoringInput, scoreCustomer } from "../../shared/scoring";
import type { Db } from "../db/client";
import { customers, interactions, orders } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import {
	INTERACTION_HISTORY_COLUMNS,
	interactionsSince,
	MAX_HISTORY_ROWS,
	ORDER_HISTORY_COLUMNS,
	withDirection,
} from "./history-columns";
import { loadTeamScoring, type TeamScoring } from "./team-scoring";
import type { CustomerRow } from "./view";

/** What captures accumulate in customers.signals for the engine. */
export interface CustomerSignals {
	platform: PlatformSignals;
	/** Newest last; `key` is the interaction (source:externalId) that brought it, so re-captures replace it. */
	inquiries: Array<InquirySignals & { key?: string }>;
}

export const MAX_INQUIRIES = 20;

export function parseSignals(json: string | null | undefined): CustomerSignals {
	const value = json ? (JSON.parse(json) as Partial<CustomerSignals>) : {};
	return { platform: value.platform ?? {}, inquiries: value.inquiries ?? [] };
}

export type History = Pick<ScoringInput, "orders" | "interactions">;

/** Orders (all, newest 5000) and the interactions the engagement windows can see. */
export async function loadHistory(
	db: Db,
	teamId: string,
	customerId: string,
	windowDays: number,
): Promise<History> {
	const since = interactionsSince(new Date(), windowDays);
	const [orderRows, interactionRows] = await db.batch([
		db
			.select(ORDER_HISTORY_COLUMNS)
			.from(orders)
			.where(and(eq(orders.teamId, teamId), eq(orders.customerId, customerId)))
			.orderBy(desc(orders.date))
			.limit(MAX_HISTORY_ROWS),
		db
			.select(INTERACTION_HISTORY_COLUMNS)
			.from(interactions)
			.where(
				and(
					eq(interactions.teamId, teamId),
					eq(interactions.customerId, customerId),
					gte(interactions.occurredAt, since),
				),
			)
			.orderBy(desc(interactions.occurredAt))
			.limit(MAX_HISTORY_ROWS),
	]);
	return {
		orders: orderRows,
		interactions: interactionRows.map(({ direction, ...rest }) => ({ ...rest, ...withDirection(direction) })),
	};
}

type CompanyFields = Pick<CustomerRow, "buyerType" | "size" | "website" | "country" | "domain">;

export function scoringInput(
	company: CompanyFields,
	signals: CustomerSignals,
	history: History,
): ScoringInput {
	return {
		orders: history.orders,
		interactions: history.interactions,
		inquiries: signals.inquiries.map(({ key: _key, ...inquiry }) => inquiry),
		platform: signals.platform,
		company: {
			...(company.buyerType ? { buyerType: company.buyerType as BuyerType } : {}),
			...(company.size ? { size: company.size as CompanySize } : {}),
			...(company.website ? { website: company.website } : {}),
			...(company.country ? { country: company.country } : {}),
			corporateDomain: company.domain !== null,
		},
	};
}

export function score(input: ScoringInput, team: TeamScoring, now: Date): CustomerScore {
	return scoreCustomer(input, team.settings, now, team.baseline, team.version);
}

/** The customer columns a score fills. */
export function scoreColumns(result: CustomerScore, at: string) {
	return {
		tier: result.tier,
		currentValue: result.current,
		potentialValue: result.potential,
		churnFlag: result.churn.flag,
		churnSeverity: result.churn.severity,
		churnReason: result.churn.reason ?? null,
		explanation: JSON.stringify(result.explanation),
		revenue12mUsd: result.explanation.revenue12mUsd,
		modelVersion: result.modelVersion,
		settingsVersion: result.settingsVersion,
		scoredAt: at,
	};
}

/**
 * Re-scores one customer from what is stored (orders, interactions, signals) with the team's
 * current settings and baseline, and saves the score as a customer change (new version and sync
 * position). Null when the customer does not exist in the team or is deleted.
 */
export async function rescoreCustomer(
	db: Db,
	teamId: string,
	customerId: string,
): Promise<CustomerScore | null> {
	const where = and(eq(customers.teamId, teamId), eq(customers.id, customerId), isNull(customers.deletedAt));
	const [row, team] = await Promise.all([
		db.select().from(customers).where(where).get(),
		loadTeamScoring(db, teamId),
	]);
	if (!row) return null;
	const history = await loadHistory(db, teamId, customerId, team.settings.engagementWindowDays);
	const now = new Date();
	const result = score(scoringInput(row, parseSignals(row.signals), history), team, now);
	const at = now.toISOString();
	await db.batch([
		bumpSyncCounter(db, teamId),
		db
			.update(customers)
			.set({
				...scoreColumns(result, at),
				version: sql`${customers.version} + 1`,
				syncSeq: currentSyncSeq(teamId),
				updatedAt: at,
			})
			.where(where),
	]);
	return result;
}

/** Score columns for a customer as it will be after a change (plus orders not yet stored). */
export async function freshScoreColumns(
	db: Db,
	row: CustomerRow,
	pendingOrders: History["orders"] = [],
	now = new Date(),
): Promise<ReturnType<typeof scoreColumns>> {
	const team = await loadTeamScoring(db, row.teamId);
	const history = await loadHistory(db, row.teamId, row.id, team.settings.engagementWindowDays);
	const input = scoringInput(row, parseSignals(row.signals), {
		orders: [...history.orders, ...pendingOrders],
		interactions: history.interactions,
	});
	return scoreColumns(score(input, team, now), now.toISOString());
}
