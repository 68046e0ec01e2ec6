import type { Tier } from "../schema/common";
import type { Churn } from "../schema/customer";
import type { CompanySignals, InquirySignals, PlatformSignals } from "../schema/signals";

export type { Churn, Tier };

/** Everything the engine knows about one customer. Pure data: the worker and the extension build it. */
export interface ScoringInput {
	orders: Array<{ amount: number; currency: string; date: string; cancelled?: boolean }>;
	interactions: Array<{ source: string; kind: string; direction?: "inbound" | "outbound"; date: string }>;
	inquiries: InquirySignals[];
	company: CompanySignals;
	platform: PlatformSignals;
}

/** One factor's share of a score. Contributions of a dimension add up to its score (0–100). */
export interface FactorContribution {
	factor: string;
	weight: number;
	/** Points this factor adds to the dimension's score. */
	points: number;
	/** Plain-language reason, English; the UI may translate by `factor`. */
	detail: string;
	/** The factor's own score, 0–1 (a missing input scores the neutral 0.5). */
	value: number;
	/** True when the input was missing: unknown, not zero. */
	unknown?: boolean;
}

/** One thing that would move the customer up a tier; `factor` is a stable key for translation. */
export interface NextStep {
	factor: string;
	/** English, e.g. "≈ $12,000 more orders in the next 90 days" or "confirm the buyer type". */
	detail: string;
	/** For factor "revenue": the extra order value in USD. */
	amountUsd?: number;
}

export interface Explanation {
	current: FactorContribution[];
	potential: FactorContribution[];
	missing: string[];
	/** What would move the customer up a tier, e.g. "≈ $12,000 more orders in the next 90 days". */
	nextSteps: string[];
	/** The same steps with stable factor keys. */
	steps: NextStep[];
	revenue12mUsd: number;
	/** The cut-offs the tier was decided with, 0–100, and how they were set. */
	thresholds: { current: number; potential: number; mode: "percentile" | "absolute" };
}

export interface CustomerScore {
	current: number;
	potential: number;
	tier: Tier;
	churn: Churn;
	explanation: Explanation;
	modelVersion: number;
	settingsVersion: number;
}
