/**
 * Main-world side of the page-state bridge: answers the isolated content script's requests (and
 * reports at start and whenever the page itself fetched something we read) with only the fields
 * Tierline uses, picked and validated from the page's state.
 *
 * Passive by design: we never send a request of our own. We listen to the answers of requests the
 * page makes anyway — the inquiry list's later pages (`subjectList.htm`, XHR) and the detail
 * page's buyer details (`queryCustomerInfo.json`, JSONP: the page's callback is wrapped so the
 * answer is seen on its way to the page, which still gets it unchanged).
 */
import { STATE_MESSAGE_TAG } from "./page-state";
import { type ObservedAnswers, pickAlibabaState } from "./page-state-pick";

const FEEDBACK_PAGE = /\/message\/ajax\/feedback\/subjectList\.htm/i;
const CUSTOMER_INFO = /\/customerPluginQueryServiceI\/queryCustomerInfo\.json/i;
const MAX_ANSWERS = 20;

export function installStateReporter(win: Window): void {
	const observed: ObservedAnswers = { feedbackPages: [], customerInfo: [] };
	const report = () => {
		try {
			const state = pickAlibabaState(win, observed);
			win.postMessage({ tag: STATE_MESSAGE_TAG, kind: "state", state }, win.location.origin);
		} catch {
			// The page's state is the page's business: never break it.
		}
	};
	const keep = (list: unknown[], answer: unknown) => {
		if (typeof answer !== "object" || answer === null) return;
		list.push(answer);
		if (list.length > MAX_ANSWERS) list.shift();
		report();
	};
	win.addEventListener("message", (event: MessageEvent) => {
		const data = event.data as { tag?: unknown; kind?: unknown } | null;
		if (event.source === win && data?.tag === STATE_MESSAGE_TAG && data.kind === "request") report();
	});
	listenToXhr(win, (answer) => keep(observed.feedbackPages, answer));
	listenToJsonp(win, (answer) => keep(observed.customerInfo, answer));
	report();
}

/** Reads the JSON answers of the page's own XHRs to the inquiry list's later pages. */
function listenToXhr(win: Window, onAnswer: (answer: unknown) => void): void {
	const proto = (win as unknown as { XMLHttpRequest?: typeof XMLHttpRequest }).XMLHttpRequest?.prototype;
	if (!proto) return;
	const open = proto.open;
	proto.open = function (this: XMLHttpRequest, ...args: Parameters<XMLHttpRequest["open"]>) {
		try {
			if (FEEDBACK_PAGE.test(String(args[1]))) {
				this.addEventListener("load", () => {
					try {
						if (this.responseType === "json") onAnswer(this.response);
						else if (this.responseType === "" || this.responseType === "text")
							onAnswer(JSON.parse(this.responseText));
					} catch {
						// Not JSON: not an answer we read.
					}
				});
			}
		} catch {
			// Never stand between the page and its request.
		}
		return open.apply(this, args);
	} as XMLHttpRequest["open"];
}

/** Sees the page's queryCustomerInfo JSONP answers by wrapping the callback its script calls. */
function listenToJsonp(win: Window, onAnswer: (answer: unknown) => void): void {
	const doc = win.document;
	const Observer = (win as unknown as typeof globalThis).MutationObserver;
	const observer = new Observer((mutations) => {
		for (const mutation of mutations)
			for (const node of Array.from(mutation.addedNodes)) {
				const src = (node as Element).tagName === "SCRIPT" ? (node as HTMLScriptElement).src : "";
				if (src && CUSTOMER_INFO.test(src)) wrapCallback(win, src, onAnswer);
			}
	});
	observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
}

function wrapCallback(win: Window, src: string, onAnswer: (answer: unknown) => void): void {
	try {
		const url = new URL(src, win.location.href);
		const name = url.searchParams.get("callback") ?? url.searchParams.get("jsonpCallback");
		if (!name || !/^[\w$.]{1,100}$/.test(name) || name.includes(".")) return;
		const scope = win as unknown as Record<string, unknown>;
		const original = scope[name];
		if (typeof original !== "function") return;
		scope[name] = function (this: unknown, ...args: unknown[]) {
			try {
				onAnswer(args[0]);
			} catch {
				// Ours only.
			}
			return (original as (...a: unknown[]) => unknown).apply(this, args);
		};
	} catch {
		// A callback we cannot wrap is one we do not read.
	}
}
