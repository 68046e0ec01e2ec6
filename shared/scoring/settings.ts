import { z } from "zod";
import { defaultFxTable } from "./default-fx-table";
import { fxTableSchema } from "./fx";
import { defaultMarketWeights } from "./market-weights";

const weight = z
	.number({ error: "must be a number" })
	.min(0, "weights can't be negative")
	.max(100, "a weight is at most 100");
const percent = (label: string, max = 100) =>
	z
		.number({ error: `${label} must be a number` })
		.min(0, `${label} can't be below 0`)
		.max(max, `${label} is at most ${max}`);

const someWeight = (dimension: string) => (w: Record<string, number>) =>
	Object.values(w).some((v) => v > 0) || `at least one ${dimension} weight must be above 0`;

export const currentWeightsSchema = z
	.strictObject({ recency: weight.default(7), frequency: weight.default(7), revenue: weight.default(86) })
	.check((ctx) => {
		const ok = someWeight("current-value")(ctx.value);
		if (ok !== true) ctx.issues.push({ code: "custom", message: ok, input: ctx.value });
	});

export const potentialWeightsSchema = z
	.strictObject({
		buyerType: weight.default(20),
		companySize: weight.default(15),
		domain: weight.default(10),
		market: weight.default(15),
		inquiry: weight.default(15),
		engagement: weight.default(10),
		platform: weight.default(15),
	})
	.check((ctx) => {
		const ok = someWeight("potential-value")(ctx.value);
		if (ok !== true) ctx.issues.push({ code: "custom", message: ok, input: ctx.value });
	});

/** What each buyer type promises, 0–100 (an unknown buyer type scores the neutral 50). */
const buyerTypeScoresSchema = z.strictObject({
	brand_owner: percent("a buyer-type score").default(100),
	importer: percent("a buyer-type score").default(85),
	distributor: percent("a buyer-type score").default(80),
	wholesaler: percent("a buyer-type score").default(65),
	retailer: percent("a buyer-type score").default(35),
	individual: percent("a buyer-type score").default(10),
});

const currentSchema = z.strictObject({
	/** "percentile": relative to the team (the baseline); "absolute": against the cut-offs below. */
	mode: z
		.enum(["percentile", "absolute"], { error: 'mode is "percentile" or "absolute"' })
		.default("percentile"),
	weights: currentWeightsSchema.prefault({}),
	/** Trailing-12-month revenue (USD) that scores full marks in absolute mode; log-scaled below it. */
	revenueUsd: z
		.number({ error: "revenueUsd must be a number" })
		.min(100, "revenueUsd is at least 100")
		.max(1e10, "revenueUsd is at most 10,000,000,000")
		.default(250_000),
	/** Orders in 12 months that score full marks in absolute mode. */
	ordersPerYear: z
		.number({ error: "ordersPerYear must be a number" })
		.min(1, "ordersPerYear is at least 1")
		.max(10_000, "ordersPerYear is at most 10,000")
		.default(12),
	/** Days after the last order at which recency reaches 0 (both modes). */
	recencyDays: z
		.number({ error: "recencyDays must be a number" })
		.int("recencyDays must be whole days")
		.min(30, "recencyDays is at least 30")
		.max(3650, "recencyDays is at most 3650")
		.default(365),
});

const potentialSchema = z.strictObject({
	weights: potentialWeightsSchema.prefault({}),
	buyerTypes: buyerTypeScoresSchema.prefault({}),
	/** Market weight per country (ISO alpha-2), 0–100; replaces the default list when given. */
	marketWeights: z
		.record(
			z.string().regex(/^[A-Z]{2}$/, "country codes are 2 capital letters, e.g. DE"),
			percent("a market weight"),
		)
		.refine((m) => Object.keys(m).length <= 300, "at most 300 countries")
		.default(defaultMarketWeights),
	/** Weight of a known country that is not in marketWeights. */
	defaultMarketWeight: percent("defaultMarketWeight").default(50),
	/**
	 * The industries the team sells into, as trade platforms name them ("Lights & Lighting"): a
	 * buyer whose preferred industries include one scores higher on the platform factor. Empty: not used.
	 */
	industries: z
		.array(
			z
				.string({ error: "an industry is text" })
				.trim()
				.min(1, "an industry can't be empty")
				.max(100, "an industry is at most 100 characters"),
		)
		.max(50, "at most 50 industries")
		.default([]),
});

const tiersSchema = z
	.strictObject({
		/** "percentile": about platinumPercent % Platinum and goldPercent % Gold; "absolute": the thresholds below. */
		mode: z
			.enum(["percentile", "absolute"], { error: 'mode is "percentile" or "absolute"' })
			.default("percentile"),
		platinumPercent: percent("platinumPercent", 50).default(5),
		goldPercent: percent("goldPercent", 80).default(15),
		/** Absolute mode: current value at or above this is "high". */
		current: percent("the current-value threshold").default(60),
		/** Absolute mode: potential value at or above this is "high". */
		potential: percent("the potential-value threshold").default(55),
	})
	.check((ctx) => {
		if (ctx.value.platinumPercent + ctx.value.goldPercent > 100)
			ctx.issues.push({
				code: "custom",
				path: ["goldPercent"],
				message: "platinumPercent + goldPercent can't exceed 100",
				input: ctx.value,
			});
	});

const churnSchema = z.strictObject({
	/** Silence beyond k × the median re-order interval raises a churn warning. */
	k: z
		.number({ error: "k must be a number" })
		.min(1, "k is at least 1")
		.max(10, "k is at most 10")
		.default(1.5),
	/** Engagement drop (share lost from the previous window to the last) that raises a watch. */
	engagementDrop: z
		.number({ error: "engagementDrop must be a number" })
		.min(0.1, "engagementDrop is at least 0.1")
		.max(1, "engagementDrop is at most 1")
		.default(0.5),
});

/** A team's scoring settings, as PUT /v1/team/scoring takes them. Omitted fields take their defaults. */
export const scoringSettingsSchema = z.strictObject({
	labelScheme: z.enum(["metal", "letter"], { error: 'labelScheme is "metal" or "letter"' }).default("metal"),
	current: currentSchema.prefault({}),
	potential: potentialSchema.prefault({}),
	tiers: tiersSchema.prefault({}),
	churn: churnSchema.prefault({}),
	/** Engagement counts the last this-many days; churn compares them with the same span before. */
	engagementWindowDays: z
		.number({ error: "engagementWindowDays must be a number" })
		.int("engagementWindowDays must be whole days")
		.min(7, "engagementWindowDays is at least 7")
		.max(365, "engagementWindowDays is at most 365")
		.default(90),
	fx: fxTableSchema.default(defaultFxTable),
});

export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;
export type ScoringSettingsInput = z.input<typeof scoringSettingsSchema>;

export const defaultScoringSettings: ScoringSettings = scoringSettingsSchema.parse({});
