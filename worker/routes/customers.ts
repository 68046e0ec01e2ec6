import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { countryCode } from "../../shared/normalize";
import { customerListQuerySchema, customerPatchSchema } from "../../shared/schema/customer";
import { requireRole } from "../auth/authenticate";
import { isWebAddress } from "../capture/normalize-capture";
import { customerDetail } from "../customers/detail";
import { listCustomers } from "../customers/list";
import { freshScoreColumns } from "../customers/scoring";
import { labeller, teamSettings } from "../customers/team-scoring";
import { type CustomerRow, customerSnapshot, customersJson, loadIdentities } from "../customers/view";
import { detailShownTo, requireFullAccess, shownTo, viewerOf } from "../customers/visibility";
import { CUSTOMER_GUARDS, customerResponse, requireCustomer, updateCustomer } from "../customers/write";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { identities } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, invalidField } from "../http/problem";
import { json, validate } from "../http/validate";

const idParam = z.object({ id: z.string().min(1).max(64) });
type Patch = z.output<typeof customerPatchSchema>;

/** Fields whose change moves potential value: a PATCH of any of them re-scores. */
const SCORED_FIELDS = ["country", "website", "buyerType", "size"] as const;

/** /v1/customers: the team's shared records. Every member reads them; edits are audited. */
export const customersRoutes = new Hono<AppEnv>()
	.get("/", validate("query", customerListQuerySchema), async (c) => {
		const { db, auth } = c.var;
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		const viewer = viewerOf(auth);
		const page = await listCustomers(db, auth.teamId, viewer, c.req.valid("query"));
		const items = await customersJson(db, auth.teamId, page.rows, labelOf);
		return c.json({ items: items.map((item) => shownTo(viewer, item)), nextCursor: page.next });
	})
	.get("/:id", validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		const detail = await customerDetail(db, auth.teamId, c.req.valid("param").id, labelOf);
		return c.json(detailShownTo(viewerOf(auth), detail));
	})
	.patch("/:id", validate("param", idParam), ...json(customerPatchSchema), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const input = c.req.valid("json");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		requireFullAccess(viewerOf(auth), row, "Editing this customer");
		if (row.version !== input.version) {
			throw conflict("The customer changed since you loaded it; reload and apply your edit again", [
				{ path: "version", message: `Current version is ${row.version}` },
			]);
		}
		const set = patchColumns(input);
		const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
		if (Object.keys(set).length === 0) return c.json(await customerResponse(db, auth.teamId, id, labelOf));
		const after: CustomerRow = { ...row, ...set };
		const rescored = SCORED_FIELDS.some((f) => f in set) ? await freshScoreColumns(db, after) : {};
		const at = nowIso();
		await runBatch(
			db,
			updateCustomer(
				db,
				row,
				{ ...set, ...rescored },
				{
					actorId: auth.member.id,
					action: "customer.update",
					before: customerSnapshot(row),
					after: customerSnapshot({ ...after, ...rescored, version: row.version + 1 }),
					at,
				},
			),
			CUSTOMER_GUARDS,
		);
		return c.json(await customerResponse(db, auth.teamId, id, labelOf));
	})
	.delete("/:id", requireRole("admin", "manager"), validate("param", idParam), async (c) => {
		const { db, auth } = c.var;
		const { id } = c.req.valid("param");
		const row = (await requireCustomer(db, auth.teamId, id)).c;
		const ids = (await loadIdentities(db, auth.teamId, [id])).get(id) ?? [];
		const at = nowIso();
		await runBatch(
			db,
			[
				...updateCustomer(
					db,
					row,
					{ deletedAt: at },
					{
						actorId: auth.member.id,
						action: "customer.delete",
						before: { ...customerSnapshot(row), identities: ids },
						after: { deletedAt: at },
						at,
					},
				),
				// Identities are dedupe keys: freed, so the same buyer can be captured afresh.
				db.delete(identities).where(and(eq(identities.teamId, auth.teamId), eq(identities.customerId, id))),
			],
			CUSTOMER_GUARDS,
		);
		return c.body(null, 204);
	});

/** The PATCH as columns: names become user-owned, country and website are checked and normalised. */
function patchColumns(input: Patch): Partial<CustomerRow> {
	const set: Partial<CustomerRow> = {};
	if (input.name !== undefined) {
		set.name = input.name;
		set.nameSource = "user";
	}
	if (input.country !== undefined) {
		set.country =
			input.country === null
				? null
				: (countryCode(input.country) ?? fail("country", "Unknown country; use a name or ISO code"));
	}
	if (input.website !== undefined) {
		if (input.website !== null && !isWebAddress(input.website)) fail("website", "Not a web address");
		set.website = input.website;
	}
	if (input.buyerType !== undefined) set.buyerType = input.buyerType;
	if (input.size !== undefined) set.size = input.size;
	if (input.status !== undefined) set.status = input.status;
	return set;
}

function fail(path: string, message: string): never {
	throw invalidField(path, message);
}
