import { describe, expect, it } from "vitest";
import { defaultScoringSettings } from "../../../../shared/scoring/settings";
import "../../../i18n/all-areas";
import { setLocale } from "../../../i18n";
import { ApiError } from "../../../sync/api-error";
import { apiFieldErrors, draftErrors, errorsUnder, getAt, removeAt, setAt } from "./draft";

describe("setAt / removeAt", () => {
	it("changes one path and copies only what leads to it", () => {
		const next = setAt(defaultScoringSettings, "tiers.platinumPercent", 8);
		expect(next.tiers.platinumPercent).toBe(8);
		expect(defaultScoringSettings.tiers.platinumPercent).toBe(5);
		expect(next.current).toBe(defaultScoringSettings.current);
		const rates = setAt(next, "fx.EUR.0.perUsd", 0.5);
		expect(rates.fx.EUR?.[0]?.perUsd).toBe(0.5);
		expect(Array.isArray(rates.fx.EUR)).toBe(true);
		expect(rates.fx.EUR?.length).toBe(defaultScoringSettings.fx.EUR?.length);
	});

	it("removes a country, a currency or one dated rate", () => {
		const noDe = removeAt(defaultScoringSettings, "potential.marketWeights.DE");
		expect(Object.hasOwn(noDe.potential.marketWeights, "DE")).toBe(false);
		expect(noDe.potential.marketWeights.US).toBe(100);
		const oneLess = removeAt(defaultScoringSettings, "fx.EUR.0");
		expect(oneLess.fx.EUR?.length).toBe((defaultScoringSettings.fx.EUR?.length ?? 0) - 1);
		expect(getAt(removeAt(defaultScoringSettings, "fx.GBP"), "fx.GBP")).toBeUndefined();
	});
});

describe("draftErrors", () => {
	it("puts the schema's complaints beside the fields, in the user's language", () => {
		setLocale("en");
		expect(draftErrors(defaultScoringSettings)).toEqual({});
		let draft = setAt(defaultScoringSettings, "tiers.platinumPercent", 60);
		draft = setAt(draft, "current.recencyDays", Number.NaN);
		draft = setAt(draft, "engagementWindowDays", 10.5);
		draft = setAt(draft, "current.weights", { recency: 0, frequency: 0, revenue: 0 });
		draft = setAt(draft, "fx.EUR.0.since", "");
		draft = setAt(draft, "fx.EUR.1.perUsd", 0);
		expect(draftErrors(draft)).toEqual({
			"tiers.platinumPercent": "At most 50.",
			"current.recencyDays": "Enter a number.",
			engagementWindowDays: "Enter a whole number.",
			"current.weights": "At least one weight must be above 0.",
			"fx.EUR.0.since": "Enter a date.",
			"fx.EUR.1.perUsd": "Must be above 0.",
		});
		setLocale("zh_CN");
		const both = setAt(setAt(defaultScoringSettings, "tiers.platinumPercent", 40), "tiers.goldPercent", 70);
		expect(draftErrors(both)).toEqual({ "tiers.goldPercent": "白金 + 黄金不能超过 100%。" });
		setLocale("en");
	});
});

describe("apiFieldErrors", () => {
	it("reads a 422's field paths as settings paths; other failures are not field errors", () => {
		const invalid = new ApiError({
			kind: "http",
			status: 422,
			message: "Invalid",
			problem: {
				type: "urn:tierline:problem:invalid",
				title: "Invalid",
				status: 422,
				errors: [
					{ path: "settings.tiers.goldPercent", message: "platinumPercent + goldPercent can't exceed 100" },
				],
			},
		});
		const errors = apiFieldErrors(invalid) ?? {};
		expect(errors).toEqual({ "tiers.goldPercent": "platinumPercent + goldPercent can't exceed 100" });
		expect(errorsUnder(errors, "tiers")).toHaveLength(1);
		expect(apiFieldErrors(new ApiError({ kind: "unreachable", message: "offline" }))).toBeNull();
	});
});
