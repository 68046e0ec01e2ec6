import { Hono } from "hono";
import { z } from "zod";
import { orderInputSchema } from "../../shared/schema/customer";
import { toUsd, UnknownCurrencyError } from "../../shared/scoring";
import { listOrders, orderJson } from "../customers/detail";
import { freshScoreColumns } from "../customers/scoring";
import { labeller, teamSettings } from "../customers/team-scoring";
import { type CustomerRow, customerSnapshot } from "../customers/view";
import { requireFullAccess, shownTo, viewerOf } from "../customers/visibility";
import { CUSTOMER_GUARDS, customerResponse, requireCustomer, updateCustomer } from "../customers/write";
import { isUniqueViolation, runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { orders } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, invalidField } from "../http/problem";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });

/** /v1/customers/:id/orders: orders feed current value, so adding one re-scores the customer. */
export const ordersRoutes = new Hono<AppEnv>()
	.get("/:id/orders", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		requireFullAccess(viewerOf(auth), (await requireCustomer(db, auth.teamId, id)).c, "Reading orders");
		return c.json({ items: (await listOrders(db, auth.teamId, id)).map(orderJson) });
	})
	.post("/:id/orders", validate("param", idParam), ...json(orderInputSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const input = c.req.valid("json");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		requireFullAccess(viewerOf(auth), row, "Adding orders");
		const settings = await teamSettings(db, auth.teamId, auth.settingsVersion);
		let amountUsd: number;
		try {
			amountUsd = Math.round(toUsd(input.amount, input.currency, input.date, settings.fx) * 100) / 100;
		} catch (error) {
			if (error instanceof UnknownCurrencyError) throw invalidField("currency", error.message);
			throw error;
		}
		const at = nowIso();
		const order = {
			id: newId("ord"),
			teamId: auth.teamId,
			customerId: id,
			amount: input.amount,
			currency: input.currency,
			amountUsd,
			date: input.date,
			reference: input.reference ?? null,
			cancelled: input.cancelled ?? false,
			createdBy: auth.member.id,
			createdAt: at,
		};
		const after: CustomerRow = { ...row, ...lifecycle(row, order) };
		const scored = await freshScoreColumns(db, after, [order]);
		try {
			await runBatch(
				db,
				[
					db.insert(orders).values(order),
					...updateCustomer(
						db,
						row,
						{ ...lifecycle(row, order), ...scored },
						{
							actorId: auth.member.id,
							action: "order.create",
							before: customerSnapshot(row),
							after: { ...customerSnapshot({ ...after, ...scored }), order: orderJson(order) },
							at,
						},
					),
				],
				CUSTOMER_GUARDS,
			);
		} catch (error) {
			if (isUniqueViolation(error, "orders")) throw conflict("An order with this reference already exists");
			throw error;
		}
		const labelOf = labeller(settings);
		return c.json(
			{
				order: orderJson(order),
				customer: shownTo(viewerOf(auth), await customerResponse(db, auth.teamId, id, labelOf)),
			},
			201,
		);
	});

/** A purchase makes a lead or prospect an active customer and moves the last-order date. */
function lifecycle(
	row: CustomerRow,
	order: { amount: number; cancelled: boolean; date: string },
): Partial<CustomerRow> {
	if (order.cancelled || order.amount <= 0) return {};
	const day = order.date.slice(0, 10);
	return {
		lastOrderAt: row.lastOrderAt !== null && row.lastOrderAt > day ? row.lastOrderAt : day,
		...(row.status === "lead" || row.status === "prospect" ? { status: "active" } : {}),
	};
}
