/**
 * Content-script bootstrap shared by every site: one observer, one lookup cache, one host
 * registry, the feature runner, SPA navigation, and complete cleanup when the extension is
 * disabled, updated or removed (ctx.onInvalidated).
 */
import { onLocaleChange } from "../i18n";
import { HostRegistry } from "./attach-once";
import { ElementObserver } from "./element-observer";
import type { Feature, Runtime } from "./feature";
import { FeatureRunner } from "./feature-runner";
import { Lookups } from "./lookups";
import { onCustomersChanged, safeSend } from "./safe-messaging";

/** The part of WXT's ContentScriptContext the runtime needs. */
export interface ScriptContext {
	readonly signal: AbortSignal;
	/**
	 * True once the extension was disabled, updated or removed; reading it runs the onInvalidated
	 * callbacks. Nothing polls it: page activity (mutations, navigation) asks.
	 */
	readonly isInvalid: boolean;
	onInvalidated(callback: () => void): void;
	/** WXT starts its URL watcher (wxt:locationchange) only for listeners added through ctx. */
	addEventListener(target: Window, type: "wxt:locationchange", handler: (event: Event) => void): void;
}

/** Page-visible counters, written on request only (the benchmark reads them). */
export const STATS_REQUEST_EVENT = "tierline:stats";
export const STATS_ATTRIBUTE = "data-tierline-stats";

export function startRuntime(
	ctx: ScriptContext,
	features: readonly Feature[],
	doc: Document = document,
): Runtime {
	let runner: FeatureRunner | undefined;
	const observer = new ElementObserver(
		doc,
		(error) => runner?.report("observer", error),
		() => !ctx.isInvalid,
	);
	const runtime: Runtime = {
		doc,
		url: () => doc.location?.href ?? "",
		observer,
		lookups: new Lookups(safeSend),
		hosts: new HostRegistry(),
		send: safeSend,
	};
	runner = new FeatureRunner(features, runtime);
	const active = runner;
	const signal = ctx.signal;
	const navigate = () => {
		if (!ctx.isInvalid) active.run();
	};
	// Gmail routes by hash; WXT's wxt:locationchange also covers pushState navigation.
	window.addEventListener("hashchange", navigate, { signal });
	window.addEventListener("popstate", navigate, { signal });
	ctx.addEventListener(window, "wxt:locationchange", navigate);
	onCustomersChanged((change) => runtime.lookups.invalidate(change), signal);
	// Marks follow the UI language once the member's setting is read (and when it changes).
	const stopLocale = onLocaleChange(() => runtime.lookups.redraw());
	signal.addEventListener("abort", stopLocale, { once: true });
	doc.addEventListener(
		STATS_REQUEST_EVENT,
		() => {
			const stats = {
				...observer.stats,
				...active.stats,
				lookups: runtime.lookups.messagesSent,
				hosts: runtime.hosts.size,
			};
			doc.documentElement.setAttribute(STATS_ATTRIBUTE, JSON.stringify(stats));
		},
		{ signal },
	);
	ctx.onInvalidated(() => {
		active.stop();
		observer.disconnect();
		runtime.hosts.removeAll();
		doc.documentElement.removeAttribute(STATS_ATTRIBUTE);
	});
	active.run(true);
	return runtime;
}
