import type { z } from "zod";
import { type ScoringSettings, scoringSettingsSchema } from "../../../../shared/scoring/settings";
import { t } from "../../../i18n";
import { ApiError } from "../../../sync/api-error";
import { formatNumber } from "../../format";

/** Messages by dotted settings path ("tiers.goldPercent", "fx.EUR.0.since"), shown beside the field. */
export type FieldErrors = Record<string, string>;

/** A copy of `value` with the dotted `path` set (objects and arrays copied along the way). */
export function setAt<T>(value: T, path: string, next: unknown): T {
	const [head, ...rest] = path.split(".");
	if (head === undefined || head === "") return next as T;
	const inner =
		rest.length === 0 ? next : setAt((value as Record<string, unknown>)[head], rest.join("."), next);
	if (Array.isArray(value)) {
		const copy = [...value];
		copy[Number(head)] = inner;
		return copy as T;
	}
	return { ...(value as Record<string, unknown>), [head]: inner } as T;
}

/** The same path without its key: a market's country or a currency taken out. */
export function removeAt<T>(value: T, path: string): T {
	const at = path.lastIndexOf(".");
	const parentPath = path.slice(0, Math.max(at, 0));
	const key = path.slice(at + 1);
	const parent = parentPath === "" ? value : getAt(value, parentPath);
	const without = Array.isArray(parent)
		? parent.filter((_, i) => i !== Number(key))
		: Object.fromEntries(Object.entries(parent as object).filter(([k]) => k !== key));
	return parentPath === "" ? (without as T) : setAt(value, parentPath, without);
}

export function getAt(value: unknown, path: string): unknown {
	return path
		.split(".")
		.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** What the settings schema says of a draft, in the user's language, by field. */
export function draftErrors(draft: ScoringSettings): FieldErrors {
	const checked = scoringSettingsSchema.safeParse(draft);
	if (checked.success) return {};
	const errors: FieldErrors = {};
	for (const issue of checked.error.issues) {
		const path = issue.path.map(String).join(".");
		errors[path] ??= issueMessage(issue, path);
	}
	return errors;
}

function issueMessage(issue: z.core.$ZodIssue, path: string): string {
	switch (issue.code) {
		case "invalid_type":
			return issue.expected === "int" ? t("scoringEditor.error.whole") : t("scoringEditor.error.number");
		case "too_small":
			return issue.inclusive === false
				? t("scoringEditor.error.above", { min: formatNumber(Number(issue.minimum)) })
				: t("scoringEditor.error.min", { min: formatNumber(Number(issue.minimum)) });
		case "too_big":
			return t("scoringEditor.error.max", { max: formatNumber(Number(issue.maximum)) });
		case "invalid_format":
			return t("scoringEditor.error.date");
		case "custom":
			if (path === "tiers.goldPercent") return t("scoringEditor.error.platinumGold");
			if (path.endsWith(".weights")) return t("scoringEditor.error.someWeight");
			if (path.endsWith(".since")) return t("scoringEditor.error.sameDate");
			return issue.message;
		default:
			return issue.message;
	}
}

/** The API's 422 field errors, by settings path (the body is `{ settings }`); null for any other failure. */
export function apiFieldErrors(error: unknown): FieldErrors | null {
	if (!(error instanceof ApiError) || error.failure.kind !== "http") return null;
	const list = error.failure.problem?.errors ?? [];
	if (error.status !== 422 || list.length === 0) return null;
	const errors: FieldErrors = {};
	for (const { path, message } of list) errors[path.replace(/^settings\.?/, "")] ??= message;
	return errors;
}

/** Errors at `path` or inside it (a group's own message first). */
export function errorsUnder(errors: FieldErrors, path: string): string[] {
	return Object.entries(errors)
		.filter(([p]) => p === path || p.startsWith(`${path}.`))
		.map(([, message]) => message);
}
