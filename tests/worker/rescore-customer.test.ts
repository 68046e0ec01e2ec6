import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { defaultScoringSettings } from "../../shared/scoring";
import { rescoreCustomer } from "../../worker/customers/scoring";
import { createDb } from "../../worker/db/client";
import { capture, createTeam } from "./support";

describe("rescoreCustomer", () => {
	it("re-scores with the team's current settings as a customer change (new version and sync position)", async () => {
		const { token, team } = await createTeam();
		const { customer } = await (
			await capture(token, {
				source: "manual",
				contact: { name: "Re" },
				company: { name: "Rescore Ltd", buyerType: "retailer" },
			})
		).json();
		const settings = {
			...defaultScoringSettings,
			potential: {
				...defaultScoringSettings.potential,
				buyerTypes: { ...defaultScoringSettings.potential.buyerTypes, retailer: 100 },
			},
		};
		await env.DB.prepare("UPDATE scoring_settings SET settings = ?, version = 2 WHERE team_id = ?")
			.bind(JSON.stringify(settings), team.id)
			.run();
		const before = await env.DB.prepare(
			"SELECT potential_value, version, sync_seq FROM customers WHERE id = ?",
		)
			.bind(customer.id)
			.first<{ potential_value: number; version: number; sync_seq: number }>();

		const result = await rescoreCustomer(createDb(env.DB), team.id, customer.id);
		expect(result?.settingsVersion).toBe(2);
		const after = await env.DB.prepare(
			"SELECT potential_value, version, sync_seq, settings_version FROM customers WHERE id = ?",
		)
			.bind(customer.id)
			.first<{ potential_value: number; version: number; sync_seq: number; settings_version: number }>();
		expect(after?.potential_value).toBeGreaterThan(before?.potential_value as number);
		expect(after?.version).toBe((before?.version as number) + 1);
		expect(after?.sync_seq).toBeGreaterThan(before?.sync_seq as number);
		expect(after?.settings_version).toBe(2);
	});

	it("does nothing for another team's customer", async () => {
		const a = await createTeam();
		const b = await createTeam();
		const { customer } = await (
			await capture(a.token, { source: "manual", contact: { name: "Mine" } })
		).json();
		expect(await rescoreCustomer(createDb(env.DB), b.team.id, customer.id)).toBeNull();
	});
});
