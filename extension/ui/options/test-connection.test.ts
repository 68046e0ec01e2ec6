// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { problem, startScriptedServer } from "../../../tests/extension/support/scripted-server";
import { testConnection } from "./test-connection";

const me = {
	team: { id: "team_1", name: "Ningbo Bottles", createdAt: "2026-01-01T00:00:00Z" },
	member: {
		id: "mem_1",
		name: "Li Wei",
		email: "li@x.cn",
		role: "sales",
		active: true,
		createdAt: "2026-01-01T00:00:00Z",
	},
};

describe("test connection", () => {
	let server: Awaited<ReturnType<typeof startScriptedServer>>;
	beforeEach(async () => {
		server = await startScriptedServer(() => ({ status: 200, body: me }));
	});
	afterEach(async () => {
		await server.close();
	});

	it("names the member and team; a pasted /v1 suffix is fine", async () => {
		const result = await testConnection({ apiUrl: `${server.url}/v1/`, token: " tok " });
		expect(result).toEqual({ ok: true, me });
		expect(server.requests[0]?.path).toBe("/v1/me");
		expect(server.requests[0]?.headers.authorization).toBe("Bearer tok");
	});

	it("explains each failure", async () => {
		const check = (apiUrl: string, token = "tok") => testConnection({ apiUrl, token });
		expect(await check("ftp://x")).toMatchObject({ reason: "invalidUrl" });
		// The token never travels in clear: plain http only to this machine.
		expect(await check("http://tierline.example.com")).toMatchObject({ reason: "insecureUrl" });
		expect(await check("http://192.168.1.20:8787")).toMatchObject({ reason: "insecureUrl" });
		expect(await check("https://tierline.example.com", " ")).toMatchObject({ reason: "noToken" });
		expect(await check("http://localhost:8787", " ")).toMatchObject({ reason: "noToken" });
		expect(await check(server.url, " ")).toMatchObject({ reason: "noToken" });
		server.setResponder(() => problem(401, "Unauthorized", "Unknown or revoked token"));
		expect(await check(server.url)).toEqual({
			ok: false,
			reason: "badToken",
			detail: "Unknown or revoked token",
		});
		server.setResponder(() => problem(503, "Service unavailable", "D1 is overloaded"));
		expect(await check(server.url)).toEqual({ ok: false, reason: "server", detail: "D1 is overloaded" });
		server.setResponder(() => ({ status: 200, body: "<html>", contentType: "text/html" }));
		expect(await check(server.url)).toMatchObject({ reason: "wrongUrl" });
		server.setResponder(() => ({ status: 404, body: "Not Found", contentType: "text/plain" }));
		expect(await check(server.url)).toMatchObject({ reason: "wrongUrl" });
		const denied = await testConnection({ apiUrl: server.url, token: "t" }, { hasAccess: async () => false });
		expect(denied).toMatchObject({ reason: "permission", detail: server.url });
		await server.close();
		expect(await check(server.url)).toMatchObject({ reason: "unreachable" });
		server = await startScriptedServer(() => ({ status: 200, body: me }));
	});
});
