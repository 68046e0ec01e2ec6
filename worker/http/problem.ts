import type { Problem } from "../../shared/schema/problem";

export interface FieldError {
	path: string;
	message: string;
}

type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * A known failure, answered as RFC 9457 problem details by the one `app.onError`. Throw it from
 * anywhere in a request (routes, middleware, validation hooks); never build error responses by hand.
 */
export class ProblemError extends Error {
	readonly status: ProblemStatus;
	readonly slug: string;
	readonly title: string;
	readonly detail?: string;
	readonly errors?: FieldError[];
	readonly headers: Record<string, string>;

	constructor(
		status: ProblemStatus,
		slug: string,
		title: string,
		options: { detail?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
	) {
		super(options.detail ?? title);
		this.name = "ProblemError";
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.detail = options.detail;
		this.errors = options.errors;
		this.headers = options.headers ?? {};
	}

	toProblem(): Problem {
		return {
			type: `urn:tierline:problem:${this.slug}`,
			title: this.title,
			status: this.status,
			...(this.detail === undefined ? {} : { detail: this.detail }),
			...(this.errors === undefined ? {} : { errors: this.errors }),
		};
	}
}

export const invalid = (errors: FieldError[], detail = "The request has invalid fields") =>
	new ProblemError(422, "validation", "Invalid request", { detail, errors });

export const invalidField = (path: string, message: string) => invalid([{ path, message }], message);

export const badRequest = (detail: string, errors?: FieldError[]) =>
	new ProblemError(400, "bad-request", "Bad request", { detail, errors });

export const unauthorized = (detail = "A valid API token is required") =>
	new ProblemError(401, "unauthorized", "Unauthorized", {
		detail,
		headers: { "WWW-Authenticate": 'Bearer realm="tierline"' },
	});

export const forbidden = (detail: string, errors?: FieldError[]) =>
	new ProblemError(403, "forbidden", "Forbidden", { detail, errors });

/** Also the answer for ids of another team: existence elsewhere is never revealed. */
export const notFound = (what: string) =>
	new ProblemError(404, "not-found", "Not found", { detail: `${what} was not found` });

export const conflict = (detail: string, errors?: FieldError[]) =>
	new ProblemError(409, "conflict", "Conflict", { detail, errors });

export const tooLarge = (detail: string) =>
	new ProblemError(413, "too-large", "Payload too large", { detail });

export const unsupportedMediaType = () =>
	new ProblemError(415, "unsupported-media-type", "Unsupported media type", {
		detail: "Send the body as application/json",
	});

export const rateLimited = (retryAfterSeconds: number) =>
	new ProblemError(429, "rate-limited", "Too many requests", {
		detail: `Rate limit reached; retry in ${retryAfterSeconds} s`,
		headers: { "Retry-After": String(retryAfterSeconds) },
	});

export function problemResponse(error: ProblemError): Response {
	return new Response(JSON.stringify(error.toProblem()), {
		status: error.status,
		headers: { "Content-Type": "application/problem+json", ...error.headers },
	});
}
