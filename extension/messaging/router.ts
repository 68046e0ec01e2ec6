import { z } from "zod";
import {
	type ErrorCode,
	type ParsedPayload,
	type Replies,
	type Reply,
	type RequestType,
	requestSchemas,
} from "./protocol";
import { isOurSite } from "./sites";

/** The parts of runtime.MessageSender the router relies on. */
export interface Sender {
	id?: string;
	url?: string;
	tab?: { id?: number; url?: string };
}

export interface SenderPolicy {
	extensionId: string;
	/** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
	extensionOrigin: string;
	isOurSite?: (url: string) => boolean;
}

export interface MessageContext {
	sender: Sender;
	/** The sender's tab, for content scripts and extension pages open in a tab. */
	tabId: number | undefined;
	from: "page" | "content";
}

export type Handlers = {
	[T in RequestType]: (payload: ParsedPayload<T>, context: MessageContext) => Promise<Replies[T]>;
};

const envelopeSchema = z.object({
	tierline: z.literal(1),
	type: z.string(),
	payload: z.unknown(),
});

function fail(code: ErrorCode, message: string, issues?: z.core.$ZodIssue[]): Reply {
	const paths = issues?.map((i) => ({ path: i.path.join("."), message: i.message }));
	return { ok: false, error: { code, message, ...(paths ? { issues: paths } : {}) } };
}

/** Only this extension's pages, or its content scripts on the sites they are made for. */
export function checkSender(sender: Sender, policy: SenderPolicy): MessageContext["from"] | string {
	if (sender.id !== policy.extensionId) return "the sender is not this extension";
	const url = sender.url ?? sender.tab?.url ?? "";
	if (url.startsWith(policy.extensionOrigin)) return "page";
	if (!sender.tab) return "a content script message must come from a tab";
	return (policy.isOurSite ?? isOurSite)(url) ? "content" : `content scripts may not message from ${url}`;
}

/**
 * The background's one message router: checks the sender, validates the envelope and payload
 * with the protocol's zod schemas, runs the handler, and always answers with a Reply.
 */
export function createRouter(handlers: Handlers, policy: SenderPolicy) {
	return async function route(message: unknown, sender: Sender): Promise<Reply> {
		const from = checkSender(sender, policy);
		if (from !== "page" && from !== "content") return fail("forbidden", `Refused: ${from}`);
		const envelope = envelopeSchema.safeParse(message);
		if (!envelope.success) return fail("invalid", "Not a Tierline message", envelope.error.issues);
		const type = envelope.data.type;
		if (!Object.hasOwn(requestSchemas, type)) return fail("unknown_type", `Unknown message type "${type}"`);
		return dispatch(type as RequestType, envelope.data.payload, { sender, tabId: sender.tab?.id, from });
	};

	async function dispatch<T extends RequestType>(type: T, payload: unknown, context: MessageContext) {
		const parsed = requestSchemas[type].safeParse(payload);
		if (!parsed.success) return fail("invalid", `Invalid "${type}" payload`, parsed.error.issues);
		try {
			const handler = handlers[type] as (p: unknown, c: MessageContext) => Promise<Replies[T]>;
			return { ok: true, data: await handler(parsed.data, context) } satisfies Reply<T>;
		} catch (error) {
			return fail("failed", error instanceof Error ? error.message : String(error));
		}
	}
}
