import type { z } from "zod";
import { type FieldError, invalid } from "./problem";

/** A NUL, or half of a UTF-16 surrogate pair with no other half (stored as bytes ED xx xx, not the text sent). */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const BAD_TEXT = { test: (s: string) => s.includes("\u0000") || LONE_SURROGATE.test(s) };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !Array.isArray(value);

/** Paths of strings (and keys) in a JSON value that hold a NUL or a lone surrogate. */
export function badTextPaths(value: unknown, path = "body"): string[] {
	if (typeof value === "string") return BAD_TEXT.test(value) ? [path] : [];
	if (Array.isArray(value)) return value.flatMap((item, i) => badTextPaths(item, `${path}.${i}`));
	if (!isPlainObject(value)) return [];
	return Object.entries(value).flatMap(([key, item]) => [
		...(BAD_TEXT.test(key) ? [`${path}.${key}`] : []),
		...badTextPaths(item, `${path}.${key}`),
	]);
}

/**
 * Fields of the request that the schema dropped: every object key sent must survive parsing. Compares
 * the body with the parsed value (schemas keep keys; they only trim or default values), so it holds
 * for every route's schema, nested objects and arrays included, with no per-schema `.strict()`.
 */
export function unknownFieldPaths(raw: unknown, parsed: unknown, path = "body"): string[] {
	if (Array.isArray(raw) && Array.isArray(parsed)) {
		return raw.flatMap((item, i) =>
			i < parsed.length ? unknownFieldPaths(item, parsed[i], `${path}.${i}`) : [],
		);
	}
	if (!isPlainObject(raw) || !isPlainObject(parsed)) return [];
	return Object.keys(raw).flatMap((key) =>
		key in parsed ? unknownFieldPaths(raw[key], parsed[key], `${path}.${key}`) : [`${path}.${key}`],
	);
}

const relative = (path: string) => (path === "body" ? path : path.slice("body.".length));

/** 422 naming every string or key that holds a NUL or a lone surrogate. */
export function refuseBadText(raw: unknown): void {
	const errors: FieldError[] = badTextPaths(raw).map((path) => ({
		path: relative(path),
		message: "Contains a NUL character or an unpaired UTF-16 surrogate",
	}));
	if (errors.length > 0) throw invalid(errors);
}

/** 422 naming every field the schema dropped: never silently ignored. */
export function refuseUnknownFields(raw: unknown, parsed: unknown): void {
	const unknown = unknownFieldPaths(raw, parsed).map((path) => ({
		path: relative(path),
		message: "Unknown field",
	}));
	if (unknown.length > 0) throw invalid(unknown, "The request has fields this route does not take");
}

/** The same checks around a schema, for bodies read by hand (imports). */
export function parseStrict<S extends z.ZodType>(schema: S, raw: unknown) {
	refuseBadText(raw);
	const result = schema.safeParse(raw);
	if (result.success) refuseUnknownFields(raw, result.data);
	return result;
}
