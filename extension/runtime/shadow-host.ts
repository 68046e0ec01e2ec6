/**
 * In-page UI lives in a shadow root on a small host element, so Gmail's styles never reach it
 * and ours never reach Gmail. The host carries data-tierline="<key>" so the observer, the text
 * extractors and cleanup can tell it from page content.
 */
export const OWN_UI_ATTRIBUTE = "data-tierline";

export interface ShadowHost {
	host: HTMLElement;
	root: ShadowRoot;
}

export function createShadowHost(doc: Document, key: string): ShadowHost {
	const host = doc.createElement("span");
	host.setAttribute(OWN_UI_ATTRIBUTE, key);
	host.style.cssText = "display:inline-block;vertical-align:middle;margin:0 4px;line-height:0;";
	const root = host.attachShadow({ mode: "open" });
	return { host, root };
}
