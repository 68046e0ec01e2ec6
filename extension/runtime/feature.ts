/**
 * What a feature is: an id, a page predicate, and init(signal, runtime). The runner calls init
 * when the predicate matches (again after each in-app navigation) and aborts the signal when the
 * page is left or the extension goes away. Features hold no selectors: they call sites/.
 */
import type { HostRegistry } from "./attach-once";
import type { ElementObserver } from "./element-observer";
import type { Lookups } from "./lookups";
import type { SafeSend } from "./safe-messaging";

export interface Runtime {
	doc: Document;
	/** The current page URL. */
	url(): string;
	observer: ElementObserver;
	lookups: Lookups;
	hosts: HostRegistry;
	send: SafeSend;
}

export interface Feature {
	id: string;
	include: (url: string, doc: Document) => boolean;
	init: (signal: AbortSignal, runtime: Runtime) => void | Promise<void>;
}

export function defineFeature(feature: Feature): Feature {
	return feature;
}
