import { hc } from "hono/client";
import { z } from "zod";
import type { CaptureRequestParsed } from "../../shared/schema/capture";
import {
	type CustomerPatch,
	captureResponseSchema,
	customerDetailSchema,
	customerListSchema,
	customerSchema,
	noteSchema,
	type OrderInput,
	transferRequestSchema,
} from "../../shared/schema/customer";
import { type FollowUpInput, followUpSchema } from "../../shared/schema/follow-up";
import { type LookupRequest, lookupResponseSchema } from "../../shared/schema/lookup";
import { storedPlaybooksSchema } from "../../shared/schema/playbooks";
import { syncResponseSchema } from "../../shared/schema/sync";
import { meSchema } from "../../shared/schema/team";
import type { AppType } from "../../worker/index";
import type { ApiSettings } from "../store/settings";
import { ApiError, errorFromResponse } from "./api-error";

export const REQUEST_TIMEOUT_MS = 20_000;

export interface ClientOptions extends ApiSettings {
	fetch?: typeof fetch;
	timeoutMs?: number;
}

/** Hono's typed client for the worker's routes (paths, params and bodies checked at compile time). */
export function typedClient(options: ClientOptions) {
	const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
	return hc<AppType>(options.apiUrl.replace(/\/+$/, ""), {
		headers: { accept: "application/json", authorization: `Bearer ${options.token}` },
		fetch: (input: RequestInfo | URL, init?: RequestInit) =>
			doFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
	});
}

/**
 * Runs one request; answers are validated with the shared zod schemas, so a wrong URL or an
 * older API shows up as a clear "invalid" failure rather than a crash later.
 */
export async function call<S extends z.ZodType>(label: string, request: () => Promise<Response>, schema: S) {
	let response: Response;
	try {
		response = await request();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new ApiError({ kind: "unreachable", message: `${label}: ${reason}` });
	}
	if (!response.ok) throw await errorFromResponse(response);
	const json: unknown = await response.json().catch(() => undefined);
	const parsed = schema.safeParse(json);
	if (!parsed.success) {
		const message = `${label}: unexpected answer (${z.prettifyError(parsed.error).slice(0, 300)})`;
		throw new ApiError({ kind: "invalid", status: response.status, message });
	}
	return parsed.data as z.output<S>;
}

/** The extension's API client: typed routes in, zod-validated data out, ApiError on failure. */
export function createApiClient(options: ClientOptions) {
	const api = typedClient(options);
	const base = options.apiUrl.replace(/\/+$/, "");
	const customer = api.v1.customers[":id"];
	return {
		me: () => call(`${base}/v1/me`, () => api.v1.me.$get(), meSchema),
		/** Idempotent: the same key always yields the same customer, never a second one. */
		postCapture: (request: CaptureRequestParsed, idempotencyKey: string) =>
			call(
				`${base}/v1/captures`,
				() => api.v1.captures.$post({ json: request }, { headers: { "idempotency-key": idempotencyKey } }),
				captureResponseSchema,
			),
		lookup: (request: LookupRequest) =>
			call(`${base}/v1/lookup`, () => api.v1.lookup.$post({ json: request }), lookupResponseSchema),
		sync: (since: string | undefined, limit: number) =>
			call(
				`${base}/v1/sync`,
				() => api.v1.sync.$get({ query: { limit: String(limit), ...(since ? { since } : {}) } }),
				syncResponseSchema,
			),
		listCustomers: (q: string, limit = 50) =>
			call(
				`${base}/v1/customers`,
				() => api.v1.customers.$get({ query: { q, limit: String(limit) } }),
				customerListSchema,
			),
		getCustomer: (id: string) =>
			call(`${base}/v1/customers/${id}`, () => customer.$get({ param: { id } }), customerDetailSchema),
		patchCustomer: (id: string, patch: CustomerPatch) =>
			call(
				`${base}/v1/customers/${id}`,
				() => customer.$patch({ param: { id }, json: patch }),
				customerSchema,
			),
		addNote: (id: string, body: string) =>
			call(
				`${base}/v1/customers/${id}/notes`,
				() => customer.notes.$post({ param: { id }, json: { body } }),
				noteSchema,
			),
		addOrder: (id: string, order: OrderInput) =>
			call(
				`${base}/v1/customers/${id}/orders`,
				() => customer.orders.$post({ param: { id }, json: order }),
				z.unknown(),
			),
		/** PUT and DELETE are idempotent: a retried push sets (or clears) the same follow-up. */
		setFollowUp: (id: string, input: FollowUpInput) =>
			call(
				`${base}/v1/customers/${id}/follow-up`,
				() => customer["follow-up"].$put({ param: { id }, json: input }),
				followUpSchema,
			),
		clearFollowUp: (id: string) =>
			call(
				`${base}/v1/customers/${id}/follow-up`,
				() => customer["follow-up"].$delete({ param: { id } }),
				z.unknown(),
			),
		playbooks: () =>
			call(`${base}/v1/team/playbooks`, () => api.v1.team.playbooks.$get(), storedPlaybooksSchema),
		/** Asks the owner of a colleague's customer to hand it over (the one write allowed on it). */
		requestTransfer: (id: string, reason?: string) =>
			call(
				`${base}/v1/customers/${id}/transfer-requests`,
				() => customer["transfer-requests"].$post({ param: { id }, json: reason ? { reason } : {} }),
				transferRequestSchema,
			),
		claim: (id: string) =>
			call(`${base}/v1/customers/${id}/claim`, () => customer.claim.$post({ param: { id } }), customerSchema),
		/** "Same company?": link (merge into the other customer; answers it) or keep separate. */
		decidePossibleDuplicate: (id: string, decision: "link" | "separate", version: number) =>
			call(
				`${base}/v1/customers/${id}/possible-duplicate`,
				() => customer["possible-duplicate"].$post({ param: { id }, json: { decision, version } }),
				customerSchema,
			),
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
