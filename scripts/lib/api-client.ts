import type { Problem } from "../../shared/schema";

/** An API answer that was not 2xx, with its problem+json body when there is one. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly method: string,
		readonly pathname: string,
		readonly problem: Partial<Problem> | undefined,
		text: string,
	) {
		super(
			`${method} ${pathname} answered ${status}: ${problem?.detail ?? problem?.title ?? text.slice(0, 300)}`,
		);
	}
}

export interface ApiClient {
	request<T>(method: string, pathname: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
}

/** A small JSON client for scripts (seeding, bench set-up); throws ApiError on any non-2xx. */
export function apiClient(baseUrl: string, token: string): ApiClient {
	return {
		async request<T>(method: string, pathname: string, body?: unknown, headers: Record<string, string> = {}) {
			const init: RequestInit = { method, headers: { authorization: `Bearer ${token}`, ...headers } };
			if (body !== undefined) {
				init.body = JSON.stringify(body);
				init.headers = { ...init.headers, "content-type": "application/json" };
			}
			const response = await fetch(`${baseUrl}${pathname}`, init);
			const text = await response.text();
			if (!response.ok) throw new ApiError(response.status, method, pathname, parseProblem(text), text);
			return (text ? JSON.parse(text) : undefined) as T;
		},
	};
}

function parseProblem(text: string): Partial<Problem> | undefined {
	try {
		return JSON.parse(text) as Partial<Problem>;
	} catch {
		return undefined;
	}
}
