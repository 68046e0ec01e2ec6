/**
 * One extraction per settled change of an Alibaba page, shared by the Alibaba features: the
 * page is read when its RFQ/inquiry/buyer links appear or change and when the main-world state
 * arrives, coalesced, and every subscriber gets the same result.
 */

import { browser } from "wxt/browser";
import type { Runtime } from "../runtime/feature";
import {
	type AlibabaExtraction,
	alibabaPageState,
	extractAlibaba,
	findAlibabaContent,
} from "../sites/alibaba";
import { COUNTRY_NAMES_FILE, loadCountryNames } from "../sites/alibaba/country";
import { knownBuyers, loadKnownBuyers, rememberBuyers } from "./alibaba-known-buyers";

const SETTLE_MS = 150;

type Listener = (page: AlibabaExtraction) => void;

class PageWatch {
	private readonly listeners = new Set<Listener>();
	private controller: AbortController | null = null;
	private timer: ReturnType<typeof setTimeout> | undefined;
	private last: AlibabaExtraction | null = null;

	constructor(private readonly runtime: Runtime) {}

	subscribe(listener: Listener, signal: AbortSignal): void {
		if (signal.aborted) return;
		this.listeners.add(listener);
		signal.addEventListener("abort", () => this.unsubscribe(listener), { once: true });
		if (this.controller === null) this.start();
		else if (this.last) listener(this.last);
	}

	/** The latest extraction (re-read now when none yet). */
	current(): AlibabaExtraction | null {
		this.last ??= this.extract();
		return this.last;
	}

	private start(): void {
		const controller = new AbortController();
		this.controller = controller;
		this.last = null;
		const schedule = () => {
			if (this.timer === undefined && !controller.signal.aborted)
				this.timer = setTimeout(() => this.read(), SETTLE_MS);
		};
		controller.signal.addEventListener("abort", () => {
			clearTimeout(this.timer);
			this.timer = undefined;
		});
		alibabaPageState.onChange(schedule, controller.signal);
		alibabaPageState.request();
		this.runtime.observer.watch(findAlibabaContent, schedule, controller.signal);
		// The first read waits for the remembered buyer ids (a detail page needs them) and the
		// country names table (shipped beside the script rather than bundled into it).
		const names = browser.runtime.getURL(`/${COUNTRY_NAMES_FILE}`);
		void Promise.all([loadKnownBuyers(), loadCountryNames(names)]).then(schedule, schedule);
	}

	private extract(): AlibabaExtraction | null {
		const { runtime } = this;
		return extractAlibaba(runtime.doc, runtime.url(), alibabaPageState.current(), undefined, knownBuyers());
	}

	private unsubscribe(listener: Listener): void {
		this.listeners.delete(listener);
		if (this.listeners.size > 0) return;
		this.controller?.abort();
		this.controller = null;
	}

	private read(): void {
		this.timer = undefined;
		const page = this.extract();
		if (page === null) return;
		rememberBuyers(page);
		this.last = page;
		for (const listener of this.listeners) listener(page);
	}
}

const watches = new WeakMap<Runtime, PageWatch>();

function watchOf(runtime: Runtime): PageWatch {
	let watch = watches.get(runtime);
	if (!watch) {
		watch = new PageWatch(runtime);
		watches.set(runtime, watch);
	}
	return watch;
}

/** Call back with each settled extraction of the page until the signal aborts. */
export function onAlibabaPage(runtime: Runtime, signal: AbortSignal, listener: Listener): void {
	watchOf(runtime).subscribe(listener, signal);
}

export function currentAlibabaPage(runtime: Runtime): AlibabaExtraction | null {
	return watchOf(runtime).current();
}
