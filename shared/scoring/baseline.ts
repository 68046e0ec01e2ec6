import { BaselineBuilder, type TeamBaseline } from "./baseline-builder";
import type { ScoringSettings } from "./settings";
import type { ScoringInput } from "./types";
import { MODEL_VERSION } from "./version";

export { BaselineBuilder, type TeamBaseline };

/** The team's baseline: distributions and tier cut-offs, JSON-serialisable. */
export function computeBaseline(inputs: ScoringInput[], settings: ScoringSettings, now: Date): TeamBaseline {
	const builder = new BaselineBuilder(settings, now);
	for (const input of inputs) builder.add(input);
	return builder.finish();
}

/** The baseline if this model can use it. */
export function usableBaseline(baseline: TeamBaseline | null | undefined): TeamBaseline | null {
	return baseline && baseline.modelVersion === MODEL_VERSION ? baseline : null;
}
