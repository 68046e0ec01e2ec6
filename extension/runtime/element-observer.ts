/**
 * The content script's ONE MutationObserver. Features register finders (site functions that
 * return the elements of interest in or around an added subtree) and are called for each; the
 * callbacks attach idempotently, so a row Gmail re-renders simply gets its badge back. No
 * mutations, no work: nothing polls, and our own UI's insertions are skipped before any finder
 * runs.
 */
import { OWN_UI_ATTRIBUTE } from "./shadow-host";

export type Finder = (root: ParentNode) => Element[];

interface Watch {
	find: Finder;
	callback: (element: Element) => void;
}

export interface ObserverStats {
	/** Observer callbacks that had page nodes to look at. */
	batches: number;
	/** Finder runs (one per watch per batch). */
	finderRuns: number;
	/** Callbacks that only saw our own UI. */
	ownOnly: number;
}

export class ElementObserver {
	readonly stats: ObserverStats = { batches: 0, finderRuns: 0, ownOnly: 0 };
	private readonly watches = new Set<Watch>();
	private readonly observer: MutationObserver;

	constructor(
		private readonly doc: Document,
		private readonly onError: (error: unknown) => void,
		/** Asked before each batch: false when the extension is gone (its cleanup then runs). */
		private readonly alive: () => boolean = () => true,
	) {
		this.observer = new MutationObserver((records) => this.handle(records));
	}

	/** Call back for each element the finder finds now and in every later added subtree. */
	watch(find: Finder, callback: (element: Element) => void, signal: AbortSignal): void {
		if (signal.aborted) return;
		const watch: Watch = { find, callback };
		this.watches.add(watch);
		signal.addEventListener("abort", () => this.remove(watch), { once: true });
		this.start();
		this.run(watch, [this.doc]);
	}

	/** Run every finder again over the whole document (after customers changed), without the seen-set. */
	rescan(find: Finder): Element[] {
		return this.safeFind(find, this.doc);
	}

	disconnect(): void {
		this.watches.clear();
		this.observer.disconnect();
	}

	private start(): void {
		if (this.watches.size === 1) {
			this.observer.observe(this.doc.documentElement ?? this.doc, { childList: true, subtree: true });
		}
	}

	private remove(watch: Watch): void {
		this.watches.delete(watch);
		if (this.watches.size === 0) this.observer.disconnect();
	}

	private handle(records: MutationRecord[]): void {
		const roots = new Set<Element>();
		for (const record of records) {
			for (const node of record.addedNodes) {
				if (node.nodeType === 1) {
					if (!(node as Element).hasAttribute(OWN_UI_ATTRIBUTE)) roots.add(node as Element);
				} else if (node.nodeType === 3 && record.target.nodeType === 1) {
					// Gmail re-rendered text inside an element: look at that element.
					roots.add(record.target as Element);
				}
			}
		}
		if (roots.size === 0) {
			this.stats.ownOnly++;
			return;
		}
		if (!this.alive()) return;
		this.stats.batches++;
		for (const watch of this.watches) this.run(watch, [...roots]);
	}

	private run(watch: Watch, roots: ParentNode[]): void {
		const found = new Set<Element>();
		for (const root of roots) {
			this.stats.finderRuns++;
			for (const element of this.safeFind(watch.find, root)) found.add(element);
		}
		for (const element of found) {
			if (!this.watches.has(watch)) return;
			try {
				watch.callback(element);
			} catch (error) {
				this.onError(error);
			}
		}
	}

	private safeFind(find: Finder, root: ParentNode): Element[] {
		try {
			return find(root);
		} catch (error) {
			this.onError(error);
			return [];
		}
	}
}
