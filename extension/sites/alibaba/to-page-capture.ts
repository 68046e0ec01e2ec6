import type {
	FieldSource,
	PageCapture,
	PageContact,
	PageListRow,
	PageThread,
} from "../../../shared/schema/page-capture";
import type { CaptureSignals, InquirySignals, PlatformSignals } from "../../../shared/schema/signals";
import { type FactKey, type Facts, factValue } from "./facts";

/** Where each fact lands in a PageCapture (paths the side panel uses for `unconfirmed`). */
const PATHS: Partial<Record<FactKey, string>> = {
	"buyer.name": "contacts.0.name",
	"buyer.company": "contacts.0.company",
	"buyer.country": "contacts.0.country",
	"buyer.buyerId": "contacts.0.buyerId",
	"buyer.email": "contacts.0.email",
	"buyer.phone": "contacts.0.phones",
	"buyer.whatsapp": "contacts.0.whatsapp",
	"buyer.website": "contacts.0.website",
	"masked.email": "contacts.0.masked.email",
	"masked.phone": "contacts.0.masked.phone",
	"thread.subject": "thread.subject",
	"thread.product": "thread.product",
	"thread.message": "thread.messages.0.body",
	"thread.date": "thread.messages.0.date",
	"inquiry.quantity": "signals.inquiry.quantity",
	"inquiry.quantityUnit": "signals.inquiry.quantityUnit",
	"inquiry.targetPrice": "signals.inquiry.targetPrice",
	"inquiry.targetPriceCurrency": "signals.inquiry.targetPriceCurrency",
	"inquiry.destinationCountry": "signals.inquiry.destinationCountry",
	"inquiry.incoterm": "signals.inquiry.incoterm",
	"platform.verifiedBuyer": "signals.platform.verifiedBuyer",
	"platform.yearsRegistered": "signals.platform.yearsRegistered",
	"platform.inquiriesPosted": "signals.platform.inquiriesPosted",
	"platform.rfqsPosted": "signals.platform.rfqsPosted",
	"platform.emailConfirmed": "signals.platform.emailConfirmed",
	"platform.experiencedBuyer": "signals.platform.experiencedBuyer",
	"platform.completesOrdersViaPlatform": "signals.platform.completesOrdersViaPlatform",
};

const CONTACT_FIELDS: Array<[FactKey, string]> = [
	["buyer.name", "name"],
	["buyer.company", "company"],
	["buyer.country", "country"],
	["buyer.buyerId", "buyerId"],
	["buyer.email", "email"],
	["buyer.phone", "phones"],
	["buyer.whatsapp", "whatsapp"],
	["buyer.website", "website"],
	["masked.email", "masked.email"],
	["masked.phone", "masked.phone"],
];

export interface CaptureContext {
	url: string;
	pageKind: string;
	threadKind: PageThread["kind"];
}

/** One buyer's facts → the side panel's PageCapture; text-layer facts are listed as unconfirmed. */
export function factsToCapture(facts: Facts, context: CaptureContext): PageCapture {
	const contact = toContact(facts);
	const signals = toSignals(facts);
	const thread = toThread(facts, context);
	return {
		site: "alibaba",
		url: context.url,
		pageKind: context.pageKind,
		contacts: contact ? [contact] : [],
		...(thread ? { thread } : {}),
		rows: [],
		...(signals ? { signals } : {}),
		unconfirmed: unconfirmedPaths(facts),
	};
}

export function unconfirmedPaths(facts: Facts): string[] {
	const hasMessage = facts["thread.message"] !== undefined;
	return (Object.keys(facts) as FactKey[])
		.filter((key) => facts[key]?.source === "text" && pathOf(key) !== undefined)
		.filter((key) => hasMessage || key !== "thread.date")
		.map((key) => pathOf(key) as string);
}

/** Platform signals land under the same names: `platform.level` → `signals.platform.level`. */
function pathOf(key: FactKey): string | undefined {
	return PATHS[key] ?? (key.startsWith("platform.") ? `signals.${key}` : undefined);
}

function toContact(facts: Facts): PageContact | null {
	const sources: Record<string, FieldSource> = {};
	for (const [key, field] of CONTACT_FIELDS) {
		const fact = facts[key];
		if (fact) sources[field] = fact.source;
	}
	if (Object.keys(sources).length === 0) return null;
	const masked: Record<string, string> = {};
	const maskedEmail = factValue(facts, "masked.email");
	const maskedPhone = factValue(facts, "masked.phone");
	if (maskedEmail) masked.email = maskedEmail;
	if (maskedPhone) masked.phone = maskedPhone;
	const phone = factValue(facts, "buyer.phone");
	return dropUndefined({
		role: "buyer" as const,
		name: factValue(facts, "buyer.name"),
		email: factValue(facts, "buyer.email"),
		phones: phone ? [phone] : [],
		whatsapp: factValue(facts, "buyer.whatsapp"),
		company: factValue(facts, "buyer.company"),
		website: factValue(facts, "buyer.website"),
		country: factValue(facts, "buyer.country"),
		buyerId: factValue(facts, "buyer.buyerId"),
		masked,
		sources,
	});
}

/** The conversation, when the page names one (a chat card alone has none). */
function toThread(facts: Facts, context: CaptureContext): PageThread | undefined {
	const message = factValue(facts, "thread.message");
	const subject = factValue(facts, "thread.subject");
	const id =
		factValue(facts, "thread.id") ??
		(message || subject ? `${context.threadKind}:${context.url}` : undefined);
	if (id === undefined) return undefined;
	return dropUndefined({
		kind: context.threadKind,
		id,
		subject,
		url: factValue(facts, "thread.url") ?? context.url,
		product: factValue(facts, "thread.product"),
		messages: message
			? [
					dropUndefined({
						id: `${id}#1`,
						fromName: factValue(facts, "buyer.name"),
						to: [],
						cc: [],
						date: factValue(facts, "thread.date"),
						body: message,
						quoted: "",
						signature: "",
						collapsed: false,
						// An inquiry's first message is the buyer's.
						direction: context.threadKind === "inquiry" ? ("inbound" as const) : undefined,
					}),
					...latestMessage(facts, id, context),
				]
			: [],
		participants: [],
	});
}

/**
 * The conversation's latest message, when it is not the inquiry itself: the seller's reply (nobody
 * waits) or the buyer's later message (they wait since then). Its words stay on the platform.
 */
function latestMessage(facts: Facts, id: string, context: CaptureContext): PageThread["messages"] {
	const from = factValue(facts, "thread.lastFrom");
	const at = factValue(facts, "thread.lastAt");
	if (context.threadKind !== "inquiry" || from === undefined) return [];
	if (from === "buyer" && (at === undefined || at === factValue(facts, "thread.date"))) return [];
	const mine = from === "seller";
	return [
		dropUndefined({
			id: `${id}#latest`,
			fromName: mine ? undefined : factValue(facts, "buyer.name"),
			to: [],
			cc: [],
			date: at,
			body: "",
			quoted: "",
			signature: "",
			collapsed: false,
			direction: mine ? ("outbound" as const) : ("inbound" as const),
		}),
	];
}

function toSignals(facts: Facts): CaptureSignals | undefined {
	const inquiry = pick(facts, "inquiry.") as InquirySignals | undefined;
	const platform = pick(facts, "platform.") as PlatformSignals | undefined;
	if (!inquiry && !platform) return undefined;
	return { ...(inquiry ? { inquiry } : {}), ...(platform ? { platform } : {}) };
}

function pick(facts: Facts, prefix: string): Record<string, unknown> | undefined {
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(facts) as FactKey[]) {
		const fact = facts[key];
		if (key.startsWith(prefix) && fact) out[key.slice(prefix.length)] = fact.value;
	}
	return Object.keys(out).length > 0 ? out : undefined;
}

/** A list row for the side panel's list view. */
export function factsToRow(facts: Facts): PageListRow {
	const name = factValue(facts, "buyer.name");
	const email = factValue(facts, "buyer.email");
	return dropUndefined({
		threadId: factValue(facts, "thread.id"),
		subject: factValue(facts, "thread.subject"),
		senders: name || email ? [dropUndefined({ name, email })] : [],
		buyerId: factValue(facts, "buyer.buyerId"),
		unread: factValue(facts, "row.unread"),
		date: factValue(facts, "thread.date") ?? factValue(facts, "thread.dateText"),
	});
}

function dropUndefined<T extends object>(value: T): T {
	for (const key of Object.keys(value) as Array<keyof T>) if (value[key] === undefined) delete value[key];
	return value;
}
