import { env, SELF } from "cloudflare:test";
import { hc } from "hono/client";
import { expect } from "vitest";
import type { CaptureRequest } from "../../shared/schema/capture";
import type { Role } from "../../shared/schema/common";
import type { Problem } from "../../shared/schema/problem";
import type { CreateTeamResponse, Member } from "../../shared/schema/team";
import type { AppType } from "../../worker/index";

export const BASE_URL = "https://api.tierline.test";
export const OPERATOR_TOKEN = "test-operator-token";

/** The typed Hono client against the worker under test (real bindings, real D1). */
export function api(token?: string) {
	return hc<AppType>(BASE_URL, {
		fetch: (input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input, init),
		headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
	});
}

/** A raw request, for what the typed client will not send (bad JSON, wrong types, odd headers). */
export function send(
	path: string,
	init: {
		method?: string;
		token?: string;
		body?: unknown;
		raw?: string | Uint8Array<ArrayBuffer>;
		headers?: Record<string, string>;
	} = {},
): Promise<Response> {
	const headers: Record<string, string> = { ...init.headers };
	if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
	let body: string | Uint8Array<ArrayBuffer> | undefined = init.raw;
	if (init.body !== undefined) {
		body = JSON.stringify(init.body);
		headers["Content-Type"] ??= "application/json";
	}
	return SELF.fetch(`${BASE_URL}${path}`, {
		method: init.method ?? (body === undefined ? "GET" : "POST"),
		headers,
		body,
	});
}

let counter = 0;
export function unique(prefix: string): string {
	counter += 1;
	return `${prefix}-${counter}-${crypto.randomUUID().slice(0, 8)}`;
}

export interface TestTeam extends CreateTeamResponse {}

export async function createTeam(name = unique("Team")): Promise<TestTeam> {
	const res = await api(OPERATOR_TOKEN).v1.teams.$post({
		json: { name, admin: { name: "Ada Admin", email: `${unique("admin")}@example.com` } },
	});
	expect(res.status).toBe(201);
	return (await res.json()) as TestTeam;
}

export interface TestMember {
	member: Member;
	token: string;
}

/** Adds a member through the admin API and issues their token. */
export async function addMember(
	adminToken: string,
	role: Role = "sales",
	name = unique("Member"),
): Promise<TestMember> {
	const client = api(adminToken);
	const created = await client.v1.members.$post({
		json: { name, email: `${name.toLowerCase()}@example.com`, role },
	});
	expect(created.status).toBe(201);
	const member = (await created.json()) as Member;
	const issued = await client.v1.tokens.$post({ json: { memberId: member.id } });
	expect(issued.status).toBe(201);
	const { token } = (await issued.json()) as { token: string };
	return { member, token };
}

/** Asserts an RFC 9457 problem answer and returns it. */
export async function expectProblem(
	res: { status: number; headers: Headers; json(): Promise<unknown> },
	status: number,
): Promise<Problem> {
	expect(res.headers.get("Content-Type")).toBe("application/problem+json");
	const problem = (await res.json()) as Problem;
	expect({ status: res.status, problemStatus: problem.status }).toEqual({ status, problemStatus: status });
	expect(problem.title).toEqual(expect.any(String));
	expect(problem.type).toMatch(/^urn:tierline:problem:/);
	return problem;
}

/** Row counts of every application table (migrations bookkeeping excluded). */
export async function tableCounts(): Promise<Record<string, number>> {
	const { results } = await env.DB.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
	).all<{ name: string }>();
	const counts: Record<string, number> = {};
	for (const { name } of results) {
		const row = await env.DB.prepare(`SELECT count(*) AS n FROM "${name}"`).first<{ n: number }>();
		counts[name] = row?.n ?? 0;
	}
	return counts;
}

/** POST /v1/captures through the typed client, with a fresh Idempotency-Key unless one is given. */
export function capture(token: string, body: CaptureRequest, key: string = unique("key")) {
	return api(token).v1.captures.$post({ json: body }, { headers: { "Idempotency-Key": key } });
}
