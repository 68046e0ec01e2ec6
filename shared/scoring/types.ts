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

/**
 * A translatable sentence: `key` names a message (the extension keeps them in its "scoring" locale area)
 * and `params` fill its `{name}` placeholders. The name of a param says how to show it:
 * `amountUsd` → an amount in US dollars; `country` → an ISO 3166 region code; `buyerType`, `size` →
 * the schema's enum values; `currencies` → comma-separated ISO 4217 codes; any other number → a number.
 */
export interface Message {
	key: string;
	params: Record<string, string | number>;
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
	/** `detail` as a translatable sentence (absent from explanations stored before it existed). */
	message?: Message;
	/** Further clauses of `detail` (rank among the team, currencies left out…), shown after `message`. */
	notes?: Message[];
}

/** One thing that would move the customer up a tier; `factor` is a stable key for translation. */
export interface NextStep {
	factor: string;
	/** English, e.g. "≈ $12,000 more orders in the next 90 days" or "confirm the buyer type". */
	detail: string;
	/** For factor "revenue": the extra order value in USD. */
	amountUsd?: number;
	/** `detail` as a translatable sentence. */
	message?: Message;
}

export interface Explanation {
	current: FactorContribution[];
	potential: FactorContribution[];
	missing: string[];
	/** `missing` as translatable names, same order (absent from explanations stored before it existed). */
	missingItems?: Message[];
	/** What would move the customer up a tier, e.g. "≈ $12,000 more orders in the next 90 days". */
	nextSteps: string[];
	/** `nextSteps` as translatable sentences, same order. */
	nextStepItems?: Message[];
	/** The same steps with stable factor keys. */
	steps: NextStep[];
	/** The churn reason (`churn.reason`, English) as translatable sentences; empty when there is no warning. */
	churnReasons?: Message[];
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
