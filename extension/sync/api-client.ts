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
} from "../../shared/schema/customer";
import { type LookupRequest, lookupResponseSchema } from "../../shared/schema/lookup";
import { syncResponseSchema } from "../../shared/schema/sync";
import { meSchema } from "../../shared/schema/team";
import type { ApiSettings } from "../store/settings";
import { ApiError, errorFromResponse } from "./api-error";

export const REQUEST_TIMEOUT_MS = 20_000;

export interface ClientOptions extends ApiSettings {
	fetch?: typeof fetch;
	timeoutMs?: number;
}

type Method = "GET" | "POST" | "PATCH";

/**
 * The extension's API client. Every answer is validated with the shared zod schemas, so a
 * wrong URL or an older API shows up as a clear "invalid" failure rather than a crash later.
 */
export function createApiClient(options: ClientOptions) {
	const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
	const base = options.apiUrl.replace(/\/+$/, "");

	async function send<S extends z.ZodType>(
		method: Method,
		path: string,
		schema: S,
		body?: unknown,
		headers: Record<string, string> = {},
	): Promise<z.output<S>> {
		let response: Response;
		try {
			response = await doFetch(`${base}${path}`, {
				method,
				headers: {
					accept: "application/json",
					authorization: `Bearer ${options.token}`,
					...(body === undefined ? {} : { "content-type": "application/json" }),
					...headers,
				},
				body: body === undefined ? undefined : JSON.stringify(body),
				signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
			});
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new ApiError({ kind: "unreachable", message: `${base}: ${reason}` });
		}
		if (!response.ok) throw await errorFromResponse(response);
		const json: unknown = await response.json().catch(() => undefined);
		const parsed = schema.safeParse(json);
		if (!parsed.success) {
			const message = `${method} ${path}: unexpected answer (${z.prettifyError(parsed.error).slice(0, 300)})`;
			throw new ApiError({ kind: "invalid", status: response.status, message });
		}
		return parsed.data;
	}

	const customerPath = (id: string) => `/v1/customers/${encodeURIComponent(id)}`;

	return {
		me: () => send("GET", "/v1/me", meSchema),
		/** Idempotent: the same key always yields the same customer, never a second one. */
		postCapture: (request: CaptureRequestParsed, idempotencyKey: string) =>
			send("POST", "/v1/captures", captureResponseSchema, request, { "idempotency-key": idempotencyKey }),
		lookup: (request: LookupRequest) => send("POST", "/v1/lookup", lookupResponseSchema, request),
		sync: (since: string | undefined, limit: number) => {
			const query = new URLSearchParams({ limit: String(limit) });
			if (since) query.set("since", since);
			return send("GET", `/v1/sync?${query}`, syncResponseSchema);
		},
		listCustomers: (q: string, limit = 50) =>
			send("GET", `/v1/customers?${new URLSearchParams({ q, limit: String(limit) })}`, customerListSchema),
		getCustomer: (id: string) => send("GET", customerPath(id), customerDetailSchema),
		patchCustomer: (id: string, patch: CustomerPatch) =>
			send("PATCH", customerPath(id), customerSchema, patch),
		addNote: (id: string, body: string) => send("POST", `${customerPath(id)}/notes`, noteSchema, { body }),
		addOrder: (id: string, order: OrderInput) =>
			send("POST", `${customerPath(id)}/orders`, z.unknown(), order),
		claim: (id: string) => send("POST", `${customerPath(id)}/claim`, z.unknown()),
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
