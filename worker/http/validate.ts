import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { type FieldError, invalid, unsupportedMediaType } from "./problem";
import { refuseBadText, refuseUnknownFields } from "./strict-input";

/** zod issues as the problem's `errors`: dotted paths ("contact.email", "emails.3"). */
export function fieldErrors(error: z.core.$ZodError, root: string): FieldError[] {
	return error.issues.flatMap((issue) => {
		const at = issue.path.map(String);
		// A strict schema's unknown keys: one error per key, at the key's own path.
		if (issue.code === "unrecognized_keys") {
			return issue.keys.map((key) => ({ path: [...at, key].join("."), message: "Unknown field" }));
		}
		return [{ path: at.length === 0 ? root : at.join("."), message: issue.message }];
	});
}

const ROOT: Record<keyof ValidationTargets, string> = {
	json: "body",
	form: "body",
	query: "query",
	param: "path",
	header: "headers",
	cookie: "cookies",
};

/**
 * @hono/zod-validator whose failures become the one 422 problem shape. JSON bodies are parsed
 * strictly (http/strict-input.ts): unknown fields, NULs and lone surrogates are refused on every route.
 */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
	target: Target,
	schema: Schema,
) =>
	zValidator(target, schema, async (result, c) => {
		// Hono caches the parsed body, so reading it again here costs no second parse. No body (an
		// optional one, e.g. POST …/release) is nothing to check.
		const raw = target === "json" ? await c.req.json().catch(() => undefined) : undefined;
		refuseBadText(raw);
		if (!result.success) throw invalid(fieldErrors(result.error, ROOT[target]));
		if (raw !== undefined) refuseUnknownFields(raw, result.data);
	});

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** Without it a body sent as text/plain would be validated as `{}`; answer 415 instead. */
export const requireJson = createMiddleware(async (c, next) => {
	const mediaType = (c.req.header("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
	if (!JSON_TYPE.test(mediaType)) throw unsupportedMediaType();
	await next();
});

/** JSON body: content type checked, then validated. Spread into a route: `.post("/", ...json(schema), h)`. */
export const json = <Schema extends z.ZodType>(schema: Schema) =>
	[requireJson, validate("json", schema)] as const;
