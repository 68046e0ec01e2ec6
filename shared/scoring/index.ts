export { BaselineBuilder, computeBaseline, type TeamBaseline } from "./baseline";
export type { Cdf } from "./cdf";
export { churnReasonMessages } from "./churn";
export { defaultFxTable } from "./default-fx-table";
export { type FxRate, type FxTable, fxTableSchema, toUsd, UnknownCurrencyError } from "./fx";
export { defaultMarketWeights } from "./market-weights";
export { CURRENT_FACTORS, type CurrentFactor, POTENTIAL_FACTORS, type PotentialFactor } from "./prepared";
export { scoreCustomer } from "./score-customer";
export { scoreTeam } from "./score-team";
export {
	defaultScoringSettings,
	type ScoringSettings,
	type ScoringSettingsInput,
	scoringSettingsSchema,
} from "./settings";
export { type Standing, type TierCutoffs, tierLabel } from "./tiers";
export type * from "./types";
export { MODEL_VERSION } from "./version";
