import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ScoringSettingsInput } from "../../shared/scoring";
import { seedCustomers, spreadOfCustomers, waitForJob } from "./rescore-seed";
import { capture, createTeam, send } from "./support";

const absolute: ScoringSettingsInput = {
	current: { mode: "absolute", revenueUsd: 50_000, ordersPerYear: 6 },
	tiers: { mode: "absolute", current: 40, potential: 50 },
};
const today = () => new Date().toISOString().slice(0, 10);

interface HistoryRow {
	customerId: string;
	day: string;
	tier: string;
}

async function history(teamId: string): Promise<HistoryRow[]> {
	const { results } = await env.DB.prepare(
		"SELECT customer_id AS customerId, day, tier FROM tier_history WHERE team_id = ? ORDER BY customer_id, day",
	)
		.bind(teamId)
		.all<HistoryRow>();
	return results;
}

async function storedTiers(teamId: string): Promise<Map<string, string>> {
	const { results } = await env.DB.prepare("SELECT id, tier FROM customers WHERE team_id = ?")
		.bind(teamId)
		.all<{ id: string; tier: string }>();
	return new Map(results.map((r) => [r.id, r.tier]));
}

/** Saves settings and lets the re-score they start finish. */
async function saveSettings(token: string, settings: ScoringSettingsInput) {
	const res = await send("/v1/team/scoring", { method: "PUT", token, body: settings });
	expect(res.status).toBe(200);
	const { job } = (await res.json()) as { job: { id: string } | null };
	expect((await waitForJob(token, job?.id ?? "")).state).toBe("done");
}

describe("tier history", () => {
	it("records a new customer's first tier, captured or imported", async () => {
		const team = await createTeam();
		const res = await capture(team.token, {
			source: "manual",
			contact: { email: "buyer@history-co.example.com", name: "Bo Buyer" },
			company: { name: "History Co" },
		});
		expect(res.status).toBe(201);
		const [seeded] = await seedCustomers(team.team.id, [{ name: "Seeded", orders: [] }]);
		const rows = await history(team.team.id);
		expect(rows.length).toBe(2);
		expect(rows.every((r) => r.day === today() && r.tier === "lead")).toBe(true);
		expect(rows.map((r) => r.customerId)).toContain(seeded?.id);
	});

	it("a re-score writes a row only for customers whose tier changed, and a re-run writes nothing", {
		timeout: 120_000,
	}, async () => {
		const team = await createTeam();
		const other = await createTeam();
		await seedCustomers(team.team.id, spreadOfCustomers(300));
		await seedCustomers(other.team.id, spreadOfCustomers(20));
		// As if the customers had been created a while ago.
		await env.DB.prepare("UPDATE tier_history SET day = '2026-01-01' WHERE team_id IN (?, ?)")
			.bind(team.team.id, other.team.id)
			.run();

		await saveSettings(team.token, absolute);
		const tiers = await storedTiers(team.team.id);
		const moved = [...tiers].filter(([, tier]) => tier !== "lead").map(([id]) => id);
		expect(moved.length).toBeGreaterThan(20);
		expect(moved.length).toBeLessThan(300);
		const after = await history(team.team.id);
		const todays = after.filter((r) => r.day === today());
		expect(todays.map((r) => r.customerId).sort()).toEqual(moved.sort());
		expect(todays.every((r) => r.tier === tiers.get(r.customerId))).toBe(true);
		expect(after.length).toBe(300 + moved.length);

		// A re-score of every customer (new tier labels) that moves no tier writes nothing new.
		await saveSettings(team.token, { ...absolute, labelScheme: "letter" });
		expect(await storedTiers(team.team.id)).toEqual(tiers);
		expect(await history(team.team.id)).toEqual(after);
		// The other team's history is untouched.
		expect((await history(other.team.id)).every((r) => r.day === "2026-01-01")).toBe(true);
	});

	it("keeps the day's last tier, and no row for a day that ends on the tier it started with", async () => {
		const team = await createTeam();
		const [a, b] = await seedCustomers(team.team.id, [
			{ name: "A", orders: [] },
			{ name: "B", orders: [] },
		]);
		await env.DB.prepare("UPDATE tier_history SET day = '2026-01-01' WHERE team_id = ?")
			.bind(team.team.id)
			.run();
		const setTier = (id: string | undefined, tier: string) =>
			env.DB.prepare("UPDATE customers SET tier = ? WHERE id = ?").bind(tier, id).run();
		await setTier(a?.id, "iron");
		await setTier(a?.id, "gold");
		await setTier(b?.id, "iron");
		await setTier(b?.id, "lead");
		expect(await history(team.team.id)).toEqual([
			{ customerId: a?.id, day: "2026-01-01", tier: "lead" },
			{ customerId: a?.id, day: today(), tier: "gold" },
			{ customerId: b?.id, day: "2026-01-01", tier: "lead" },
		]);
	});
});
