/**
 * Runs features on the current page: those whose predicate matches are started; on in-app
 * navigation the previous run is aborted and the matching ones start again. One feature's error
 * never stops another, and never reaches the page.
 */
import type { Feature, Runtime } from "./feature";

export interface RunnerStats {
	featureRuns: number;
	errors: number;
}

export class FeatureRunner {
	readonly stats: RunnerStats = { featureRuns: 0, errors: 0 };
	private controller: AbortController | null = null;
	private lastUrl: string | null = null;

	constructor(
		private readonly features: readonly Feature[],
		private readonly runtime: Runtime,
	) {}

	/** Start (or restart, when the URL changed) the features for the current page. */
	run(force = false): void {
		const url = this.runtime.url();
		if (!force && url === this.lastUrl) return;
		this.lastUrl = url;
		this.controller?.abort();
		const controller = new AbortController();
		this.controller = controller;
		for (const feature of this.features) this.start(feature, controller.signal, url);
	}

	stop(): void {
		this.controller?.abort();
		this.controller = null;
		this.lastUrl = null;
	}

	report(featureId: string, error: unknown): void {
		this.stats.errors++;
		console.warn(`[tierline] ${featureId}:`, error);
	}

	private start(feature: Feature, signal: AbortSignal, url: string): void {
		try {
			if (!feature.include(url, this.runtime.doc)) return;
			this.stats.featureRuns++;
			const result = feature.init(signal, this.runtime);
			if (result instanceof Promise) result.catch((error: unknown) => this.report(feature.id, error));
		} catch (error) {
			this.report(feature.id, error);
		}
	}
}
