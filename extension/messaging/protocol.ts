import { z } from "zod";
import { captureRequestSchema } from "../../shared/schema/capture";
import { followUpInputSchema } from "../../shared/schema/follow-up";
import { lookupMatchSchema, lookupRequestSchema } from "../../shared/schema/lookup";
import { pageCaptureSchema } from "../../shared/schema/page-capture";

/**
 * Messages from content scripts and extension pages to the background service worker.
 * The background router validates every payload with these schemas and checks the sender
 * is this extension's own content script or page.
 */
export const requestSchemas = {
	/** Tier badges: cache first, then one batched API call for unknown keys. */
	lookup: lookupRequestSchema,
	/** The side panel's capture: written to Dexie and the outbox in one transaction, then pushed. */
	capture: z.object({ request: captureRequestSchema }),
	/**
	 * An in-page one-click capture, self-sufficient: the page as the content script read it and
	 * the person clicked. The background builds the request (signature included) from this alone.
	 */
	capturePage: z.object({
		page: pageCaptureSchema,
		person: z.object({
			name: z.string().max(500).optional(),
			email: z.string().max(254).optional(),
			buyerId: z.string().max(100).optional(),
		}),
		/** The member's addresses as the page shows them: their messages are the thread's outbound ones. */
		ownEmails: z.array(z.string().max(254)).max(50).default([]),
	}),
	/** What the tab's content script extracted, for the side panel. */
	pageCaptured: z.object({ capture: pageCaptureSchema }),
	openSidePanel: z.object({}),
	/** Push the outbox now (ignoring backoff) and pull changes: the side panel's "Sync now". */
	syncNow: z.object({}),
	/** Set a customer's next follow-up: shown at once from the cache, pushed through the outbox. */
	setFollowUp: z.object({ customerId: z.string().min(1).max(64), followUp: followUpInputSchema }),
	/** Done: clear the customer's follow-up (the same way, offline first). */
	clearFollowUp: z.object({ customerId: z.string().min(1).max(64) }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.input<(typeof requestSchemas)[T]>;
export type ParsedPayload<T extends RequestType> = z.output<(typeof requestSchemas)[T]>;

export const lookupReplySchema = z.object({ matches: z.record(z.string(), lookupMatchSchema) });

export interface Replies {
	lookup: z.infer<typeof lookupReplySchema>;
	capture: CaptureReply;
	capturePage: CaptureReply;
	pageCaptured: { ok: true };
	openSidePanel: { ok: true };
	syncNow: { pending: number; lastError: string | null };
	setFollowUp: { ok: true };
	clearFollowUp: { ok: true };
}

/** A capture as recorded locally: the server's customer id once known, and the provisional tier. */
export interface CaptureReply {
	localId: string;
	customerId: string | null;
	tier: string;
	tierLabel: string;
}

export interface Envelope<T extends RequestType = RequestType> {
	tierline: 1;
	type: T;
	payload: RequestPayload<T>;
}

/** Why the router refused or failed a message. */
export type ErrorCode = "forbidden" | "invalid" | "unknown_type" | "failed";

/** Every reply from the router: the handler's answer, or a clear error. */
export type Reply<T extends RequestType = RequestType> =
	| { ok: true; data: Replies[T] }
	| {
			ok: false;
			error: { code: ErrorCode; message: string; issues?: Array<{ path: string; message: string }> };
	  };

/** Broadcast from the background to content scripts and pages when cached customers change. */
export interface CustomersChanged {
	tierline: 1;
	type: "customersChanged";
	customerIds: string[];
	/**
	 * Lookup keys of the changed customers (emails, buyer ids, corporate domains): a tab forgets
	 * only its cached answers for these keys and customers, not its whole cache.
	 */
	keys?: { emails: string[]; domains: string[]; buyerIds: string[] };
	/** True when more changed than `customerIds` lists (a large sync): refresh everything. */
	all?: boolean;
}

/** True for a customersChanged broadcast (for content-script listeners). */
export function isCustomersChanged(message: unknown): message is CustomersChanged {
	const m = message as Partial<CustomersChanged> | null;
	return m?.tierline === 1 && m.type === "customersChanged" && Array.isArray(m.customerIds);
}
