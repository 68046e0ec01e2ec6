import type { Me } from "../../../shared/schema/team";
import type { ApiSettings } from "../../store/settings";
import { apiOrigin, isInsecureApiUrl, normalizeApiUrl } from "../../store/settings";
import { createApiClient } from "../../sync/api-client";
import { ApiError } from "../../sync/api-error";

export type ConnectionFailure =
	| "insecureUrl"
	| "invalidUrl"
	| "noToken"
	| "permission"
	| "unreachable"
	| "badToken"
	| "forbidden"
	| "wrongUrl"
	| "server"
	| "other";

export type ConnectionResult =
	| { ok: true; me: Me }
	| { ok: false; reason: ConnectionFailure; detail: string | null };

/** The reason a GET /v1/me failed, in the terms the settings page explains. */
export function explainFailure(error: unknown): ConnectionResult {
	if (!(error instanceof ApiError)) {
		return { ok: false, reason: "other", detail: error instanceof Error ? error.message : String(error) };
	}
	const failure = error.failure;
	if (failure.kind === "unreachable") return { ok: false, reason: "unreachable", detail: failure.message };
	if (failure.kind === "invalid") return { ok: false, reason: "wrongUrl", detail: null };
	const detail = failure.problem?.detail ?? failure.problem?.title ?? null;
	if (failure.status === 401) return { ok: false, reason: "badToken", detail };
	if (failure.status === 403) return { ok: false, reason: "forbidden", detail };
	if (failure.status === 404 || failure.status === 405)
		return { ok: false, reason: "wrongUrl", detail: null };
	if (failure.status >= 500) return { ok: false, reason: "server", detail: detail ?? failure.message };
	return { ok: false, reason: "other", detail: detail ?? failure.message };
}

/** Checks the settings as typed (before saving): who the token belongs to, or why it failed. */
export async function testConnection(
	settings: ApiSettings,
	options: { fetch?: typeof fetch; hasAccess?: (origin: string) => Promise<boolean> } = {},
): Promise<ConnectionResult> {
	const apiUrl = normalizeApiUrl(settings.apiUrl);
	const origin = apiOrigin(apiUrl);
	if (isInsecureApiUrl(apiUrl)) return { ok: false, reason: "insecureUrl", detail: null };
	if (!origin) return { ok: false, reason: "invalidUrl", detail: null };
	if (!settings.token.trim()) return { ok: false, reason: "noToken", detail: null };
	if (options.hasAccess && !(await options.hasAccess(origin))) {
		return { ok: false, reason: "permission", detail: origin };
	}
	try {
		const client = createApiClient({ apiUrl, token: settings.token.trim(), fetch: options.fetch });
		return { ok: true, me: await client.me() };
	} catch (error) {
		return explainFailure(error);
	}
}
