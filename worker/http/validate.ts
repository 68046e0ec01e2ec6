import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { type FieldError, invalid, unsupportedMediaType } from "./problem";

/** zod issues as the problem's `errors`: dotted paths ("contact.email", "emails.3"). */
export function fieldErrors(error: z.core.$ZodError, root: string): FieldError[] {
	return error.issues.map((issue) => ({
		path: issue.path.length === 0 ? root : issue.path.map(String).join("."),
		message: issue.message,
	}));
}

const ROOT: Record<keyof ValidationTargets, string> = {
	json: "body",
	form: "body",
	query: "query",
	param: "path",
	header: "headers",
	cookie: "cookies",
};

/** @hono/zod-validator whose failures become the one 422 problem shape. */
export const validate = <Target extends keyof ValidationTargets, Schema extends z.ZodType>(
	target: Target,
	schema: Schema,
) =>
	zValidator(target, schema, (result) => {
		if (!result.success) throw invalid(fieldErrors(result.error, ROOT[target]));
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
