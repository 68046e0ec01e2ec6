import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { DEFAULT_POOL_RULES, type PoolRules } from "../../shared/schema/pool-rules";
import { createDb } from "../../worker/db/client";
import { sweepPool } from "../../worker/pool/sweep-pool";
import { addMember, api, capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

const DAY = 86_400_000;
const rules = (over: Partial<PoolRules>): PoolRules => ({ ...DEFAULT_POOL_RULES, ...over });
const putRules = (token: string, body: unknown) =>
	send("/v1/team/pool-rules", { method: "PUT", token, body });

async function customerOf(token: string) {
	const res = await capture(token, { source: "gmail", contact: { email: `buyer@${unique("co")}.com` } });
	return (await res.json()).customer.id;
}

/** Moves a customer's whole history back: taken over, created and followed up `days` ago. */
async function age(id: string, days: number) {
	const then = new Date(Date.now() - days * DAY).toISOString();
	await env.DB.prepare("UPDATE customers SET owner_since = ?, created_at = ? WHERE id = ?")
		.bind(then, then, id)
		.run();
	await env.DB.prepare("UPDATE interactions SET occurred_at = ? WHERE customer_id = ?").bind(then, id).run();
}

const owner = async (id: string) =>
	env.DB.prepare("SELECT owner_id, in_pool, pool_previous_owner_id FROM customers WHERE id = ?")
		.bind(id)
		.first();

describe("/v1/team/pool-rules", () => {
	it("are all off by default; an admin sets them (audited); bad values answer 422 with field paths", async () => {
		const { token } = await createTeam();
		const manager = await addMember(token, "manager");
		expect(await (await send("/v1/team/pool-rules", { token: manager.token })).json()).toEqual(
			DEFAULT_POOL_RULES,
		);
		const before = await tableCounts();
		const bad = await expectProblem(
			await putRules(token, rules({ releaseAfterDays: 30, warnDaysBefore: 30, reclaimCooldownDays: -1 })),
			422,
		);
		expect(bad.errors?.map((e) => e.path).sort()).toEqual(["reclaimCooldownDays", "warnDaysBefore"]);
		await expectProblem(await putRules(token, { ...rules({}), releaseAfterDay: 3 }), 422);
		await expectProblem(await putRules(token, rules({ maxOwnedPerTier: { diamond: 3 } as never })), 422);
		await expectProblem(await putRules(manager.token, rules({ releaseAfterDays: 30 })), 403);
		expect(await tableCounts()).toEqual(before);

		const good = rules({ releaseAfterDays: 30, warnDaysBefore: 5, maxOwnedPerTier: { gold: 10 } });
		expect(await (await putRules(token, good)).json()).toEqual(good);
		expect(await (await send("/v1/team/pool-rules", { token })).json()).toEqual(good);
		const audit = await env.DB.prepare(
			"SELECT after FROM audit_log WHERE action = 'team.pool_rules' ORDER BY id DESC",
		).first<{ after: string }>();
		expect(JSON.parse(audit?.after ?? "{}")).toEqual(good);
	});

	it("warns the owner first, then the sweep releases after N days without follow-up, audited, idempotently", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const other = await addMember(token, "sales");
		await putRules(token, rules({ releaseAfterDays: 30, warnDaysBefore: 5 }));
		const quiet = await customerOf(sales.token);
		const followedUp = await customerOf(sales.token);
		const fresh = await customerOf(sales.token);
		await age(quiet, 27);
		await age(followedUp, 40);
		await api(sales.token).v1.customers[":id"].notes.$post({
			param: { id: followedUp },
			json: { body: "Called" },
		});

		const warnings = await (await api(sales.token).v1.team["pool-rules"].warnings.$get()).json();
		expect(warnings.items.map((w) => w.customerId)).toEqual([quiet]);
		const releaseAt = Date.parse(warnings.items[0]?.releaseAt ?? "");
		expect(Math.round((releaseAt - Date.now()) / DAY)).toBe(3);
		const others = await (await api(other.token).v1.team["pool-rules"].warnings.$get()).json();
		expect(others.items).toEqual([]);

		const db = createDb(env.DB);
		expect((await sweepPool(db, new Date())).released).toBe(0);
		const later = new Date(Date.now() + 4 * DAY);
		const swept = await sweepPool(db, later);
		expect(swept.released).toBeGreaterThanOrEqual(1);
		expect(await owner(quiet)).toEqual({
			owner_id: null,
			in_pool: 1,
			pool_previous_owner_id: sales.member.id,
		});
		expect(await owner(followedUp)).toMatchObject({ owner_id: sales.member.id, in_pool: 0 });
		expect(await owner(fresh)).toMatchObject({ owner_id: sales.member.id, in_pool: 0 });
		const audit = await env.DB.prepare(
			"SELECT actor_id, after FROM audit_log WHERE entity_id = ? AND action = 'customer.release'",
		)
			.bind(quiet)
			.all<{ actor_id: string | null; after: string }>();
		expect(audit.results).toHaveLength(1);
		expect(JSON.parse(audit.results[0]?.after ?? "{}")).toMatchObject({
			rule: "releaseAfterDays",
			reason: "no follow-up for 30 days",
		});
		// Idempotent: the same run again releases nothing of this team's.
		const again = await sweepPool(db, later);
		expect(await owner(followedUp)).toMatchObject({ in_pool: 0 });
		expect(
			(
				await env.DB.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_id = ?")
					.bind(quiet)
					.first<{ n: number }>()
			)?.n,
		).toBe(audit.results.length + 1);
		expect(again.released).toBe(0);
	});

	it("sweeps in bounded batches and carries on in the next run", async () => {
		const db = createDb(env.DB);
		// Earlier tests' teams may hold customers due far in the future: sweep them first.
		const farFuture = new Date(Date.now() + 400 * DAY);
		const { token } = await createTeam();
		await sweepPool(db, farFuture, { maxBatches: 1000 });
		await putRules(token, rules({ releaseAfterDays: 10 }));
		const ids = [];
		for (let i = 0; i < 7; i++) ids.push(await customerOf(token));
		const first = await sweepPool(db, farFuture, { batchSize: 3, maxBatches: 2 });
		expect(first).toMatchObject({ released: 6, batches: 2 });
		const second = await sweepPool(db, farFuture, { batchSize: 3, maxBatches: 2 });
		expect(second).toMatchObject({ released: 1, batches: 1 });
		expect((await sweepPool(db, farFuture, { batchSize: 3 })).released).toBe(0);
	});

	it("refuses claims that break a rule, naming it; protects a claimed customer for N days", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const other = await addMember(token, "sales");
		await putRules(token, rules({ reclaimCooldownDays: 14, maxOwnedPerMember: 2 }));
		const id = await customerOf(sales.token);
		await api(sales.token).v1.customers[":id"].release.$post({ param: { id }, json: {} });
		const before = await tableCounts();
		const refused = await expectProblem(
			await api(sales.token).v1.customers[":id"].claim.$post({ param: { id } }),
			409,
		);
		expect(refused.errors?.[0]?.path).toBe("rule.reclaimCooldownDays");
		expect(await tableCounts()).toEqual(before);
		await customerOf(other.token);
		await customerOf(other.token);
		const beforeCap = await tableCounts();
		const capped = await expectProblem(
			await api(other.token).v1.customers[":id"].claim.$post({ param: { id } }),
			409,
		);
		expect(capped.errors?.[0]?.path).toBe("rule.maxOwnedPerMember");
		expect(await tableCounts()).toEqual(beforeCap);

		const third = await addMember(token, "sales");
		expect((await api(third.token).v1.customers[":id"].claim.$post({ param: { id } })).status).toBe(200);
		await putRules(token, rules({ releaseAfterDays: 30, protectDaysAfterClaim: 60 }));
		const db = createDb(env.DB);
		await sweepPool(db, new Date(Date.now() + 45 * DAY), { maxBatches: 1000 });
		expect(await owner(id)).toMatchObject({ owner_id: third.member.id, in_pool: 0 });
		await sweepPool(db, new Date(Date.now() + 61 * DAY), { maxBatches: 1000 });
		expect(await owner(id)).toMatchObject({
			owner_id: null,
			in_pool: 1,
			pool_previous_owner_id: third.member.id,
		});
	});

	it("caps claims per tier", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const mine = await customerOf(sales.token);
		const pooled = await customerOf(token);
		await env.DB.prepare("UPDATE customers SET tier = 'gold' WHERE id IN (?, ?)").bind(mine, pooled).run();
		await api(token).v1.customers[":id"].release.$post({ param: { id: pooled }, json: {} });
		await putRules(token, rules({ maxOwnedPerTier: { gold: 1 } }));
		const refused = await expectProblem(
			await api(sales.token).v1.customers[":id"].claim.$post({ param: { id: pooled } }),
			409,
		);
		expect(refused.errors?.[0]?.path).toBe("rule.maxOwnedPerTier");
		expect((await api(token).v1.customers[":id"].claim.$post({ param: { id: pooled } })).status).toBe(200);
	});
});
