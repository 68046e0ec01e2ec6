import { looksLikeCompany, looksLikeName, setEmail, setPhone, setWhatsapp } from "./contact-facts";
import { type Facts, factValue, setFact } from "./facts";
import { type BadgeKind, type LabelKind, matchBadge, matchLabel, NUMBER_FIRST } from "./labels";
import type { Leaf } from "./text-leaves";
import {
	cleanText,
	isHidden,
	parseAbsoluteDate,
	parseCount,
	parsePrice,
	parseQuantity,
	parseYears,
	toCountry,
} from "./values";

/**
 * Labelled fields: a label's value is the text after it inside the label's own block (the
 * smallest ancestor that holds more text), whatever the classes and wrappers. Values of
 * `MULTI` labels run on to the next label; the others take one piece of text.
 */

const MULTI = new Set<LabelKind>(["message", "quantity", "targetPrice", "date", "years", "incoterm"]);
const MAX_LEVELS_UP = 6;
const INCOTERM = /\b(EXW|FCA|FAS|FOB|CFR|CNF|CIF|CPT|CIP|DAP|DPU|DDP|DAT)\b/i;

export function labelFacts(leaves: Leaf[], now: Date = new Date()): Facts {
	const facts: Facts = {};
	const consumed = new Set<number>();
	const sections: number[] = [];
	leaves.forEach((leaf, index) => {
		if (consumed.has(index)) return;
		const badge = matchBadge(leaf.text);
		if (badge !== null) {
			applyBadge(facts, badge);
			consumed.add(index);
			return;
		}
		const label = matchLabel(leaf.text);
		if (label === null) return;
		consumed.add(index);
		if (label.kind === "buyerSection") {
			sections.push(index);
			return;
		}
		if (label.inline !== undefined) {
			applyLabel(facts, label.kind, label.inline, now);
			return;
		}
		const before = NUMBER_FIRST.has(label.kind) ? numberBefore(leaves, index) : null;
		if (before !== null) {
			applyLabel(facts, label.kind, leaves[before]?.text ?? "", now);
			return;
		}
		const values = valueIndexes(leaves, index, MULTI.has(label.kind) ? Number.POSITIVE_INFINITY : 1);
		for (const value of values) consumed.add(value);
		const text = values.map((value) => leaves[value]?.text ?? "").join(label.kind === "message" ? "\n" : " ");
		if (text !== "") applyLabel(facts, label.kind, text, now);
	});
	for (const heading of sections) applySection(facts, leaves, heading, consumed);
	return facts;
}

/** The figure printed just before a number-first label, in the same small block, or null. */
function numberBefore(leaves: Leaf[], index: number): number | null {
	const label = leaves[index];
	const previous = leaves[index - 1];
	if (label === undefined || previous === undefined || !/^(?:-?[\d,]+|-+)$/.test(previous.text)) return null;
	const block = blockOf(label.element, previous.element, 2);
	return block === null ? null : index - 1;
}

/** Indexes of the leaves that make up the value after the label at `index`. */
export function valueIndexes(leaves: Leaf[], index: number, max: number): number[] {
	const label = leaves[index];
	const next = leaves[index + 1];
	if (label === undefined || next === undefined) return [];
	const block = blockOf(label.element, next.element);
	if (block === null) return [];
	const out: number[] = [];
	for (let j = index + 1; j < leaves.length && out.length < max; j++) {
		const leaf = leaves[j] as Leaf;
		if (!block.contains(leaf.element) || matchLabel(leaf.text) !== null || matchBadge(leaf.text) !== null)
			break;
		out.push(j);
	}
	return out;
}

/** The smallest ancestor of the label (at most a few levels up) that also holds `next`. */
function blockOf(label: Element, next: Element, maxLevels = MAX_LEVELS_UP): Element | null {
	let block: Element | null = label;
	for (let level = 0; block !== null && level <= maxLevels; level++) {
		if (block.contains(next)) return block;
		block = block.parentElement;
	}
	return null;
}

type Handler = (facts: Facts, text: string, raw: string, now: Date) => void;

const count =
	(
		key:
			| "platform.loginDays"
			| "platform.productViews"
			| "platform.repliedInquiries"
			| "platform.spamInquiries"
			| "platform.blacklistedBy",
	): Handler =>
	(facts, text) =>
		setFact(facts, key, parseCount(text), "label");

const HANDLERS: Record<Exclude<LabelKind, "buyerSection">, Handler> = {
	buyerName: (facts, text) => setFact(facts, "buyer.name", looksLikeName(text) ? text : undefined, "label"),
	company: (facts, text) => setFact(facts, "buyer.company", text, "label"),
	country: (facts, text) => setFact(facts, "buyer.country", toCountry(text), "label"),
	destination: (facts, text) => setFact(facts, "inquiry.destinationCountry", toCountry(text), "label"),
	buyerId: (facts, text) =>
		setFact(facts, "buyer.buyerId", /^[\w.-]{1,100}$/.test(text) ? text : undefined, "label"),
	email: (facts, text) => setEmail(facts, text, "label"),
	phone: (facts, text) => setPhone(facts, text, "label"),
	whatsapp: (facts, text) => setWhatsapp(facts, text, "label"),
	website: (facts, text) => setFact(facts, "buyer.website", text, "label"),
	subject: (facts, text) => setFact(facts, "thread.subject", text, "label"),
	product: (facts, text) => setFact(facts, "thread.product", text, "label"),
	message: (facts, _text, raw) => setFact(facts, "thread.message", raw.trim(), "label"),
	date: (facts, text) => {
		setFact(facts, "thread.dateText", text, "label");
		setFact(facts, "thread.date", parseAbsoluteDate(text), "label");
	},
	quantity: (facts, text) => {
		const parsed = parseQuantity(text);
		setFact(facts, "inquiry.quantity", parsed?.quantity, "label");
		setFact(facts, "inquiry.quantityUnit", parsed?.unit, "label");
	},
	targetPrice: (facts, text) => {
		const parsed = parsePrice(text);
		setFact(facts, "inquiry.targetPrice", parsed?.amount, "label");
		setFact(facts, "inquiry.targetPriceCurrency", parsed?.currency, "label");
	},
	incoterm: (facts, text) =>
		setFact(
			facts,
			"inquiry.incoterm",
			INCOTERM.exec(text)?.[1]?.toUpperCase().replace("CNF", "CFR"),
			"label",
		),
	quotesLeft: (facts, text) => setFact(facts, "rfq.quotesLeft", parseCount(text), "label"),
	years: (facts, text, _raw, now) =>
		setFact(facts, "platform.yearsRegistered", parseYears(text, now), "label"),
	inquiries: (facts, text) => setFact(facts, "platform.inquiriesPosted", parseCount(text), "label"),
	rfqs: (facts, text) => setFact(facts, "platform.rfqsPosted", parseCount(text), "label"),
	loginDays: count("platform.loginDays"),
	productViews: count("platform.productViews"),
	repliedInquiries: count("platform.repliedInquiries"),
	spamInquiries: count("platform.spamInquiries"),
	blacklistedBy: count("platform.blacklistedBy"),
	ignored: () => undefined,
};

/** A value the buyer hid ("-1", "-") is no value: the field stays unknown. */
export function applyLabel(facts: Facts, kind: LabelKind, raw: string, now: Date): void {
	if (kind !== "buyerSection" && !isHidden(raw)) HANDLERS[kind](facts, cleanText(raw), raw, now);
}

function applyBadge(facts: Facts, badge: BadgeKind): void {
	const key = {
		verified: "platform.verifiedBuyer",
		emailConfirmed: "platform.emailConfirmed",
		experienced: "platform.experiencedBuyer",
		completesOrders: "platform.completesOrdersViaPlatform",
		typicallyReplies: "platform.typicallyReplies",
		interactiveUser: "platform.interactiveUser",
		unread: "row.unread",
	} as const;
	setFact(facts, key[badge], true, "label");
}

/**
 * A "BUYER PROFILE" block: its unlabelled pieces of text are, in order, the buyer's name, and a
 * country or a company when they read as one. Anchored by the heading, so layer "label".
 */
function applySection(facts: Facts, leaves: Leaf[], heading: number, consumed: Set<number>): void {
	for (const index of valueIndexesOfSection(leaves, heading)) {
		if (consumed.has(index)) continue;
		const text = leaves[index]?.text ?? "";
		const country = /^[A-Za-z]{2,3}$/.test(text) ? null : toCountry(text);
		if (country !== null) setFact(facts, "buyer.country", country, "label");
		else if (looksLikeCompany(text)) setFact(facts, "buyer.company", cleanText(text), "label");
		else if (looksLikeName(text) && factValue(facts, "buyer.name") === undefined) {
			setFact(facts, "buyer.name", cleanText(text), "label");
		}
	}
}

function valueIndexesOfSection(leaves: Leaf[], heading: number): number[] {
	const label = leaves[heading];
	const next = leaves[heading + 1];
	if (label === undefined || next === undefined) return [];
	const block = blockOf(label.element, next.element);
	const out: number[] = [];
	for (let j = heading + 1; block !== null && j < leaves.length; j++) {
		const leaf = leaves[j] as Leaf;
		if (!block.contains(leaf.element)) break;
		if (matchLabel(leaf.text)?.kind === "buyerSection") break;
		out.push(j);
	}
	return out;
}
