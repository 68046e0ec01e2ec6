import type { CDPSession, Page } from "playwright-core";

/**
 * Reading and clicking our in-page marks, which live in CLOSED shadow roots that no page script
 * (and no Playwright locator) can enter. The test does what only the extension itself can: it
 * evaluates in the content script's isolated world over CDP, where `chrome.dom.openOrClosedShadowRoot`
 * opens our own roots. Hosts themselves are ordinary light-DOM elements and are located as usual.
 */
const sessions = new WeakMap<Page, Promise<{ cdp: CDPSession; contexts: Map<number, string> }>>();

async function session(page: Page) {
	let existing = sessions.get(page);
	if (!existing) {
		existing = (async () => {
			const cdp = await page.context().newCDPSession(page);
			const contexts = new Map<number, string>();
			cdp.on("Runtime.executionContextCreated", ({ context }) => {
				const aux = context.auxData as { type?: string; frameId?: string } | undefined;
				if (aux?.type === "isolated" && context.origin.startsWith("chrome-extension://"))
					contexts.set(context.id, aux.frameId ?? "");
			});
			cdp.on("Runtime.executionContextDestroyed", ({ executionContextId }) =>
				contexts.delete(executionContextId),
			);
			cdp.on("Runtime.executionContextsCleared", () => contexts.clear());
			await cdp.send("Runtime.enable");
			return { cdp, contexts };
		})();
		sessions.set(page, existing);
	}
	return existing;
}

/** Runs `fn(arg)` in the content script's world of the page's main frame; null while there is none. */
async function inContentWorld<A, T>(page: Page, fn: (arg: A) => T, arg: A): Promise<T | null> {
	const { cdp, contexts } = await session(page);
	const { frameTree } = await cdp.send("Page.getFrameTree");
	for (const [contextId, frameId] of contexts) {
		if (frameId !== frameTree.frame.id) continue;
		const answer = await cdp
			.send("Runtime.evaluate", {
				expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
				contextId,
				returnByValue: true,
				awaitPromise: true,
			})
			.catch(() => null);
		if (answer && !answer.exceptionDetails) return answer.result.value as T;
	}
	return null;
}

export interface InnerElement {
	text: string;
	attributes: Record<string, string>;
}

/** What the `nth` host matching `hostSelector` (CSS, or "xpath=…") shows at `inner` (a selector inside its closed root). */
export function readMark(
	page: Page,
	hostSelector: string,
	inner: string,
	nth = 0,
): Promise<InnerElement | null> {
	return inContentWorld(
		page,
		({ host, inner, nth }) => {
			const element = host.startsWith("xpath=")
				? document
						.evaluate(host.slice(6), document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)
						.snapshotItem(nth)
				: document.querySelectorAll(host)[nth];
			const api = (
				globalThis as unknown as {
					chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
				}
			).chrome.dom;
			const found =
				element instanceof Element ? api.openOrClosedShadowRoot(element)?.querySelector(inner) : null;
			if (!found) return null;
			const attributes: Record<string, string> = {};
			for (const attribute of found.attributes) attributes[attribute.name] = attribute.value;
			return { text: found.textContent ?? "", attributes };
		},
		{ host: hostSelector, inner, nth },
	);
}

/** Waits until the host shows `inner`, and returns it. */
export async function waitForMark(
	page: Page,
	hostSelector: string,
	inner: string,
	timeout = 20_000,
): Promise<InnerElement> {
	const until = Date.now() + timeout;
	for (;;) {
		const found = await readMark(page, hostSelector, inner);
		if (found) return found;
		if (Date.now() > until) throw new Error(`no ${inner} in ${hostSelector} within ${timeout} ms`);
		await page.waitForTimeout(100);
	}
}

/** Clicks `inner` inside the host's closed root (a real click event on our own button). */
export async function clickMark(page: Page, hostSelector: string, inner: string): Promise<void> {
	await waitForMark(page, hostSelector, inner);
	const clicked = await inContentWorld(
		page,
		({ host, inner }) => {
			const element = host.startsWith("xpath=")
				? document.evaluate(host.slice(6), document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null)
						.singleNodeValue
				: document.querySelector(host);
			const api = (
				globalThis as unknown as {
					chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
				}
			).chrome.dom;
			const target =
				element instanceof Element
					? api.openOrClosedShadowRoot(element)?.querySelector<HTMLElement>(inner)
					: null;
			target?.click();
			return target !== null && target !== undefined;
		},
		{ host: hostSelector, inner },
	);
	if (!clicked) throw new Error(`could not click ${inner} in ${hostSelector}`);
}

/** Selector of the mark host right after a Gmail sender's name. */
export const SENDER_MARK = (email: string) => `span[email="${email}"] + [data-tierline="gmail-sender"]`;
export const THREAD_BUTTON = '[data-tierline="gmail-capture-thread"]';
