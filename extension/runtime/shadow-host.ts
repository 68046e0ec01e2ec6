/**
 * In-page UI lives in a CLOSED shadow root on a small host element: Gmail's styles never reach it
 * and ours never reach Gmail, and no page script can read what it shows (customer names, owners,
 * tiers live only inside the closed root, tooltips included). The host carries only
 * data-tierline="<key>" so the observer, the text extractors and cleanup can tell it from page
 * content, and it has the same size whatever it shows, so its layout says nothing either.
 */
export const OWN_UI_ATTRIBUTE = "data-tierline";

export interface ShadowHost {
	host: HTMLElement;
	root: ShadowRoot;
}

/** Our hosts' closed roots: only this content script holds them. */
const roots = new WeakMap<Element, ShadowRoot>();

/** Host sizes per kind of mark: a badge, a "+" and nothing look alike from outside. */
export interface HostSize {
	width: number;
	height: number;
}

/** A tier badge (with its churn "!") or a "+". */
export const MARK_SIZE: HostSize = { width: 60, height: 18 };
/** A capture button, or the badge that replaces it once the person is known. */
export const BUTTON_SIZE: HostSize = { width: 168, height: 24 };

export function createShadowHost(doc: Document, key: string, size: HostSize = MARK_SIZE): ShadowHost {
	const host = doc.createElement("span");
	host.setAttribute(OWN_UI_ATTRIBUTE, key);
	host.style.cssText = [
		"display:inline-block",
		"vertical-align:middle",
		"margin:0 4px",
		"line-height:0",
		"position:relative",
		"overflow:visible",
		`width:${size.width}px`,
		`height:${size.height}px`,
	].join(";");
	const root = host.attachShadow({ mode: "closed" });
	roots.set(host, root);
	return { host, root };
}

/** The closed root of one of our hosts (undefined for anything else). */
export function shadowRootOf(host: Element): ShadowRoot | undefined {
	return roots.get(host);
}
