import { interactions, orders } from "../db/schema";
import type { History } from "./scoring";

/** At most this many orders and interactions of one customer are read for scoring (newest first). */
export const MAX_HISTORY_ROWS = 5000;
const DAY_MS = 86_400_000;

/** The order columns the engine scores from. */
export const ORDER_HISTORY_COLUMNS = {
	amount: orders.amount,
	currency: orders.currency,
	date: orders.date,
	cancelled: orders.cancelled,
};

/** The interaction columns the engine scores from (turn each row into History with `withDirection`). */
export const INTERACTION_HISTORY_COLUMNS = {
	source: interactions.source,
	kind: interactions.kind,
	direction: interactions.direction,
	date: interactions.occurredAt,
};

/** The engine knows inbound and outbound only: any other stored direction is left out. */
export function withDirection(direction: string | null): Pick<History["interactions"][number], "direction"> {
	return direction === "inbound" || direction === "outbound" ? { direction } : {};
}

/** The earliest interaction the engagement windows can see. */
export function interactionsSince(now: Date, windowDays: number): string {
	return new Date(now.getTime() - (2 * windowDays + 2) * DAY_MS).toISOString();
}
