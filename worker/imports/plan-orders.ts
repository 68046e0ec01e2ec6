import type { RowProblem } from "../../shared/import/wire";
import { forEachWithBreaks } from "../http/let-others-run";
import type { CustomerPlan } from "./plan-customers";
import type { ImportRow, OrderLine } from "./read-rows";

/** What D1 already holds of the file's orders. */
export interface OrderReads {
	/** References of the file that some order of the team already has. */
	existingRefs: Set<string>;
	/** Per customer, the content keys (orderContent) of its orders without a reference. */
	refless: Map<string, Set<string>>;
}

export interface PlannedOrder extends OrderLine {
	id: string;
	customerId: string;
}

export interface OrderPlan {
	orders: PlannedOrder[];
	duplicates: number;
	problems: RowProblem[];
	warnings: RowProblem[];
}

/** An order without a reference is the same order when customer, date, amount, currency and cancellation agree. */
export function orderContent(o: Pick<OrderLine, "date" | "amount" | "currency" | "cancelled">): string {
	return `${o.date}|${o.amount}|${o.currency}|${o.cancelled ? 1 : 0}`;
}

/**
 * Which order lines to add. References are unique per team: a line whose reference is already
 * stored, or repeated in the file, is a duplicate (re-importing a file adds nothing); the same
 * reference on two different lines is a problem. Lines without a reference are duplicates when
 * their content repeats.
 */
export async function planOrders(
	rows: ImportRow[],
	customers: CustomerPlan,
	reads: OrderReads,
	newId: (prefix: "ord") => string,
): Promise<OrderPlan> {
	const plan: OrderPlan = { orders: [], duplicates: 0, problems: [], warnings: [] };
	const seen = new Map<string, { row: number; signature: string }>();
	await forEachWithBreaks(rows, (row, i) => {
		const order = row.order;
		const customerId = customers.customerOf[i];
		if (order === null || customerId === undefined) return;
		const content = orderContent(order);
		const signature = `${customerId}|${content}`;
		const key = order.reference === null ? `row:${signature}` : `ref:${order.reference}`;
		const prior = seen.get(key);
		if (prior) {
			if (prior.signature !== signature) {
				plan.problems.push({
					row: row.row,
					column: null,
					field: "reference",
					message: `The reference "${order.reference}" is also on row ${prior.row} with another customer, date or amount`,
				});
			} else {
				plan.duplicates++;
				plan.warnings.push({
					row: row.row,
					column: null,
					field: null,
					message: `Repeats row ${prior.row}; skipped`,
				});
			}
			return;
		}
		seen.set(key, { row: row.row, signature });
		const stored =
			order.reference === null
				? reads.refless.get(customerId)?.has(content)
				: reads.existingRefs.has(order.reference);
		if (stored) {
			plan.duplicates++;
			return;
		}
		plan.orders.push({ ...order, id: newId("ord"), customerId });
		purchase(customers, customerId, order);
	});
	return plan;
}

/** A purchase makes a lead or prospect active and moves the last-order date (as POST …/orders does). */
function purchase(customers: CustomerPlan, customerId: string, order: OrderLine): void {
	const p = customers.customers.get(customerId);
	if (!p) return;
	p.changed = true;
	if (order.cancelled || order.amount <= 0) return;
	const day = order.date.slice(0, 10);
	const last = p.row.lastOrderAt;
	p.row = {
		...p.row,
		lastOrderAt: last !== null && last > day ? last : day,
		...(p.row.status === "lead" || p.row.status === "prospect" ? { status: "active" } : {}),
	};
}
