import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { type Insights, insightsSchema } from "../../shared/schema/insights";
import { seedCustomers } from "./rescore-seed";
import { addMember, createTeam, expectProblem, send } from "./support";

async function insights(token: string, query = ""): Promise<Insights> {
	const res = await send(`/v1/team/insights${query}`, { token });
	expect(res.status).toBe(200);
	return insightsSchema.parse(await res.json());
}

async function run(query: string, ...params: unknown[]) {
	await env.DB.prepare(query)
		.bind(...params)
		.run();
}

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** Seeds customers and sets their columns (tier, revenue, owner…) straight in D1. */
async function customersWith(teamId: string, specs: Record<string, unknown>[]): Promise<string[]> {
	const seeded = await seedCustomers(
		teamId,
		specs.map((_, i) => ({ name: `Customer ${i}`, orders: [] })),
	);
	for (const [i, spec] of specs.entries()) {
		const columns = Object.keys(spec);
		if (columns.length === 0) continue;
		await run(
			`UPDATE customers SET ${columns.map((c) => `${c} = ?`).join(", ")} WHERE id = ?`,
			...Object.values(spec),
			seeded[i]?.id,
		);
	}
	return seeded.map((c) => c.id);
}

describe("GET /v1/team/insights", () => {
	it("answers the pyramid and the concentration curve of the stored tiers and revenues", async () => {
		const team = await createTeam();
		const revenues = [50_000, 20_000, 10_000, 8_000, 5_000, 3_000, 2_000, 1_000, 500, 500];
		const tiers = ["platinum", "gold", "gold", "iron", "iron", "iron", "iron", "lead", "lead", "lead"];
		await customersWith(
			team.team.id,
			revenues.map((r, i) => ({ revenue_12m_usd: r, tier: tiers[i] })),
		);
		const other = await createTeam();
		await customersWith(other.team.id, [{ revenue_12m_usd: 1_000_000, tier: "platinum" }]);

		const answer = await insights(team.token);
		expect(answer.scope).toBe("team");
		expect(answer.pyramid.customers).toBe(10);
		expect(answer.pyramid.revenue12mUsd).toBe(100_000);
		expect(answer.pyramid.tiers.map((t) => [t.tier, t.customers, t.revenue12mUsd])).toEqual([
			["platinum", 1, 50_000],
			["gold", 2, 30_000],
			["iron", 4, 18_000],
			["lead", 3, 2_000],
		]);
		expect(answer.concentration.points.length).toBe(10);
		expect(answer.concentration.points[0]).toEqual({ customerShare: 0.1, revenueShare: 0.5 });
		expect(answer.concentration.points[2]).toEqual({ customerShare: 0.3, revenueShare: 0.8 });
		expect(answer.concentration.points.at(-1)).toEqual({ customerShare: 1, revenueShare: 1 });
		expect(answer.concentration.top).toEqual([
			{ percent: 5, customers: 1, revenueShare: 0.5 },
			{ percent: 10, customers: 1, revenueShare: 0.5 },
			{ percent: 20, customers: 2, revenueShare: 0.7 },
		]);
		const theirs = await insights(other.token);
		expect(theirs.pyramid.customers).toBe(1);
		expect(theirs.concentration.top[0]?.revenueShare).toBe(1);
	});

	it("answers the tier movements between two days from the recorded history", async () => {
		const team = await createTeam();
		const other = await createTeam();
		const [a, b, c, d, e, f] = await customersWith(team.team.id, [
			{ revenue_12m_usd: 100 },
			{},
			{},
			{ revenue_12m_usd: 900, name: "Fallen Ltd" },
			{},
			{},
		]);
		const [theirs] = await customersWith(other.team.id, [{}]);
		await run("DELETE FROM tier_history WHERE team_id IN (?, ?)", team.team.id, other.team.id);
		const history: [string | undefined, string, string][] = [
			[a, "2026-01-01", "iron"],
			[a, "2026-02-10", "gold"],
			[b, "2026-01-01", "iron"],
			[c, "2026-01-01", "gold"],
			[c, "2026-02-05", "platinum"],
			[d, "2026-01-01", "platinum"],
			[d, "2026-02-01", "iron"],
			[e, "2026-02-15", "lead"],
			[f, "2026-03-10", "gold"],
		];
		for (const [id, day, tier] of history) {
			await run(
				"INSERT INTO tier_history (team_id, customer_id, day, tier) VALUES (?, ?, ?, ?)",
				team.team.id,
				id,
				day,
				tier,
			);
		}
		await run(
			"INSERT INTO tier_history (team_id, customer_id, day, tier) VALUES (?, ?, '2026-01-01', 'platinum'), (?, ?, '2026-02-01', 'lead')",
			other.team.id,
			theirs,
			other.team.id,
			theirs,
		);

		const { movements } = await insights(team.token, "?from=2026-01-15&to=2026-02-28");
		expect(movements.matrix).toEqual([
			{ from: null, to: "lead", customers: 1 },
			{ from: "gold", to: "platinum", customers: 1 },
			{ from: "iron", to: "gold", customers: 1 },
			{ from: "iron", to: "iron", customers: 1 },
			{ from: "platinum", to: "iron", customers: 1 },
		]);
		expect(movements.ironToGold).toBe(0.5);
		expect(movements.goldToPlatinum).toBe(1);
		expect(movements.fellCount).toBe(1);
		expect(movements.fell).toEqual([
			{ id: d, name: "Fallen Ltd", from: "platinum", to: "iron", revenue12mUsd: 900 },
		]);
		// Before any change: everyone stays.
		const early = await insights(team.token, "?from=2026-01-02&to=2026-01-03");
		expect(early.movements.matrix.map((m) => [m.from, m.to, m.customers])).toEqual([
			["gold", "gold", 1],
			["iron", "iron", 2],
			["platinum", "platinum", 1],
		]);
		expect(early.movements.ironToGold).toBe(0);
		const theirAnswer = await insights(other.token, "?from=2026-01-15&to=2026-02-28");
		expect(theirAnswer.movements.matrix).toEqual([{ from: "platinum", to: "lead", customers: 1 }]);
		expect(theirAnswer.movements.fell.map((x) => x.id)).toEqual([theirs]);

		await expectProblem(
			await send("/v1/team/insights?from=2026-03-01&to=2026-02-01", { token: team.token }),
			422,
		);
		await expectProblem(await send("/v1/team/insights?from=2026-3-1", { token: team.token }), 422);
		await expectProblem(await send("/v1/team/insights?colour=red", { token: team.token }), 422);
	});

	it("counts per salesperson, lists churn at risk by revenue, and shows a salesperson only their own", async () => {
		const team = await createTeam();
		const s1 = await addMember(team.token, "sales", "Sam");
		const s2 = await addMember(team.token, "sales", "Tia");
		const manager = await addMember(team.token, "manager", "Max");
		const [, , , big, small] = await customersWith(team.team.id, [
			{ owner_id: s1.member.id, tier: "gold", owner_since: daysAgo(1) },
			{ owner_id: s1.member.id, tier: "iron", created_at: daysAgo(45), owner_since: daysAgo(45) },
			{ owner_id: s1.member.id, tier: "iron", created_at: daysAgo(100), owner_since: daysAgo(100) },
			{
				owner_id: s2.member.id,
				tier: "platinum",
				churn_flag: 1,
				churn_severity: "critical",
				revenue_12m_usd: 9_000,
			},
			{
				owner_id: s1.member.id,
				tier: "gold",
				churn_flag: 1,
				churn_severity: "watch",
				revenue_12m_usd: 1_000,
			},
			{ in_pool: 1 },
			{ in_pool: 1, pool_previous_owner_id: s1.member.id },
		]);
		const other = await createTeam();
		await customersWith(other.team.id, [{ in_pool: 1, churn_flag: 1 }]);

		const team_ = await insights(manager.token);
		expect(team_.poolSize).toBe(2);
		expect(team_.churn.count).toBe(2);
		expect(team_.churn.revenue12mUsd).toBe(10_000);
		expect(team_.churn.customers.map((x) => [x.id, x.severity, x.owner?.name ?? null])).toEqual([
			[big, "critical", "Tia"],
			[small, "watch", "Sam"],
		]);
		const byName = new Map(team_.salespeople.map((p) => [p.name, p]));
		expect([...byName.keys()].sort()).toEqual(["Ada Admin", "Max", "Sam", "Tia"]);
		expect(byName.get("Sam")).toEqual({
			memberId: s1.member.id,
			name: "Sam",
			tiers: { platinum: 0, gold: 2, iron: 2, lead: 0 },
			newLeadsWeek: 2,
			newLeadsMonth: 2,
			noFollowUp30: 2,
			noFollowUp60: 1,
			noFollowUp90: 1,
		});
		expect(byName.get("Tia")?.tiers).toEqual({ platinum: 1, gold: 0, iron: 0, lead: 0 });

		const own = await insights(s1.token);
		expect(own.scope).toBe("own");
		expect(own.pyramid.customers).toBe(4);
		expect(own.salespeople.map((p) => p.name)).toEqual(["Sam"]);
		expect(own.churn.customers.map((x) => x.id)).toEqual([small]);
		expect(own.poolSize).toBe(2);
		const tia = await insights(s2.token);
		expect(tia.pyramid.tiers.find((t) => t.tier === "platinum")?.customers).toBe(1);
		expect(tia.churn.customers.map((x) => x.id)).toEqual([big]);
		expect(tia.concentration.top[0]?.revenueShare).toBe(1);
	});
});
