import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthy } from "../../scripts/lib/dev-server";
import { type ApiServer, startApi } from "../support/api-server";
import { apiFetch, createTeam, d1Query } from "../support/team";

// Proves the API harness: the real worker under `wrangler dev --local` with the real migrations,
// D1 readable from the test while it runs, and stop/start keeping port and data.
describe("API harness", () => {
	let api: ApiServer;

	beforeAll(async () => {
		api = await startApi();
	});
	afterAll(async () => {
		await api?.dispose();
	});

	it("serves the worker on loopback with the migrations applied", async () => {
		expect(api.url).toBe(`http://127.0.0.1:${api.port}`);
		const response = await fetch(`${api.url}/v1/health`);
		expect(response.status).toBe(200);
		const tables = await d1Query<{ name: string }>(
			api,
			"select name from sqlite_master where type = 'table'",
		);
		expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(["teams", "customers", "identities"]));
	});

	it("creates a team through the API, and d1Query sees the API's writes while it runs", async () => {
		const team = await createTeam(api, "Harness Trading");
		const me = await apiFetch(api, team.token, "/v1/me");
		expect(me.status).toBe(200);
		expect(((await me.json()) as { team: { id: string } }).team.id).toBe(team.teamId);
		const rows = await d1Query(api, `select name from teams where id = '${team.teamId}'`);
		expect(rows).toEqual([{ name: "Harness Trading" }]);
	});

	it("stops completely and starts again on the same port with the same data", async () => {
		await d1Query(api, "insert into teams (id, name) values ('harness-team', 'Harness')");
		await api.stop();
		expect(api.running()).toBe(false);
		expect(await healthy(api.url)).toBe(false);
		await api.start();
		expect(await healthy(api.url)).toBe(true);
		const rows = await d1Query<{ name: string }>(api, "select name from teams where id = 'harness-team'");
		expect(rows).toEqual([{ name: "Harness" }]);
	});
});
