import { randomUUID } from "node:crypto";
import { queryLocalD1 } from "../../scripts/lib/d1";
import type { CreateTeamResponse, Member } from "../../shared/schema";
import type { ApiServer } from "./api-server";

export interface TestTeam {
	teamId: string;
	/** The admin's API token (shown once by POST /v1/teams). */
	token: string;
	admin: Member;
}

/** Creates a team and its admin through the real API (POST /v1/teams with the operator token). */
export async function createTeam(
	api: Pick<ApiServer, "url" | "operatorToken">,
	name?: string,
): Promise<TestTeam> {
	const suffix = randomUUID().slice(0, 8);
	const response = await fetch(`${api.url}/v1/teams`, {
		method: "POST",
		headers: { authorization: `Bearer ${api.operatorToken}`, "content-type": "application/json" },
		body: JSON.stringify({
			name: name ?? `Test Team ${suffix}`,
			admin: { name: "Test Admin", email: `admin-${suffix}@example.com` },
		}),
	});
	if (response.status !== 201 && response.status !== 200) {
		throw new Error(`POST /v1/teams answered ${response.status}: ${await response.text()}`);
	}
	const body = (await response.json()) as CreateTeamResponse;
	return { teamId: body.team.id, token: body.token, admin: body.admin };
}

/**
 * Reads rows straight from the API's local D1 for assertions (`wrangler d1 execute --local --json`).
 * Works while the API runs: both open the same SQLite file under persistTo, and the API's
 * committed writes are visible to this separate reader.
 */
export function d1Query<Row = Record<string, unknown>>(
	api: Pick<ApiServer, "persistTo">,
	sql: string,
): Promise<Row[]> {
	return queryLocalD1<Row>(api.persistTo, sql);
}

/** Calls the API with a member's token; JSON in, the raw Response out. */
export function apiFetch(
	api: Pick<ApiServer, "url">,
	token: string,
	pathname: string,
	init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
	const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
	if (init.body !== undefined) headers["content-type"] = "application/json";
	return fetch(`${api.url}${pathname}`, {
		method: init.method ?? (init.body === undefined ? "GET" : "POST"),
		headers,
		body: init.body === undefined ? undefined : JSON.stringify(init.body),
	});
}
