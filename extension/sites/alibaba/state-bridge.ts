/**
 * Isolated-world side of the page-state bridge: asks the main-world script for the page's
 * state and keeps the last valid answer. Only messages from this window, with our tag and a
 * shape that passes `parseStateMessage`, are taken; anything else is ignored.
 */
import { type AlibabaState, parseStateMessage, STATE_MESSAGE_TAG } from "./page-state";

export class PageStateBridge {
	private state: AlibabaState | null = null;
	private readonly listeners = new Set<() => void>();
	private win: Window | null = null;

	start(win: Window, signal: AbortSignal): void {
		this.win = win;
		win.addEventListener(
			"message",
			(event: MessageEvent) => {
				if (event.source !== win || event.origin !== win.location.origin) return;
				const state = parseStateMessage(event.data);
				if (state === null) return;
				this.state = state;
				for (const listener of this.listeners) listener();
			},
			{ signal },
		);
		this.request();
	}

	/** Ask for fresh state (after in-app navigation or a re-render). */
	request(): void {
		this.win?.postMessage({ tag: STATE_MESSAGE_TAG, kind: "request" }, this.win.location.origin);
	}

	current(): AlibabaState | null {
		return this.state;
	}

	onChange(listener: () => void, signal: AbortSignal): void {
		this.listeners.add(listener);
		signal.addEventListener("abort", () => this.listeners.delete(listener), { once: true });
	}
}

/** The content script's one bridge. */
export const alibabaPageState = new PageStateBridge();
