import type { ThreadMessage } from "../../shared/schema/capture";
import type { CaptureSource } from "../../shared/schema/common";

/** What a captured thread says about a reply: the buyer's last message, if it is the thread's last. */
export interface CapturedThread {
	customerId: string | null;
	createdAt: string;
	/** The parts of a capture request read here (a LocalCapture's request is one). */
	request: {
		source: CaptureSource;
		thread?: {
			externalId: string;
			occurredAt?: string;
			messages: ReadonlyArray<Pick<ThreadMessage, "date" | "direction">>;
		};
	};
}

export interface BuyerWaiting {
	customerId: string;
	/** When the buyer's unanswered message was sent. */
	since: string;
	/** Where: an Alibaba.com inquiry has the platform's reply window. */
	source: CaptureSource;
}

/**
 * Buyers whose captured thread ends with their own message: per thread only its latest capture
 * counts (a later capture with our reply answers it); per customer the oldest unanswered message.
 */
export function buyersWaiting(captures: Iterable<CapturedThread>): BuyerWaiting[] {
	const latestPerThread = new Map<string, CapturedThread & { customerId: string }>();
	for (const capture of captures) {
		const thread = capture.request.thread;
		if (!thread || capture.customerId === null || thread.messages.length === 0) continue;
		const key = `${capture.customerId}|${thread.externalId}`;
		const seen = latestPerThread.get(key);
		if (!seen || seen.createdAt < capture.createdAt)
			latestPerThread.set(key, { ...capture, customerId: capture.customerId });
	}
	const waiting: BuyerWaiting[] = [];
	for (const capture of latestPerThread.values()) {
		const thread = capture.request.thread;
		if (!thread) continue;
		const dated = thread.messages.map((message, index) => ({
			message,
			at: message.date ?? thread.occurredAt ?? capture.createdAt,
			index,
		}));
		dated.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.index - b.index);
		const last = dated[dated.length - 1];
		if (last?.message.direction !== "inbound") continue;
		waiting.push({ customerId: capture.customerId, since: last.at, source: capture.request.source });
	}
	return mergeWaiting(waiting);
}

/**
 * One buyer per customer from both places that know: threads captured in this browser (fresh, even
 * before a sync) and what the team's server says (threads captured by anyone): the oldest wait wins.
 */
export function mergeWaiting(...lists: ReadonlyArray<Iterable<BuyerWaiting>>): BuyerWaiting[] {
	const oldest = new Map<string, BuyerWaiting>();
	for (const list of lists) {
		for (const buyer of list) {
			const before = oldest.get(buyer.customerId);
			if (!before || Date.parse(buyer.since) < Date.parse(before.since)) oldest.set(buyer.customerId, buyer);
		}
	}
	return [...oldest.values()];
}
