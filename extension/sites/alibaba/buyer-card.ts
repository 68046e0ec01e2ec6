import { looksLikeName } from "./contact-facts";
import { type Facts, setFact } from "./facts";
import { matchLabel, NUMBER_FIRST } from "./labels";
import { SELECTORS } from "./selectors";
import { type Leaf, textLeaves } from "./text-leaves";
import { cleanText, toCountry } from "./values";

/**
 * The buyer card (inquiry detail's CRM tab, OneTalk): it has no "Buyer Information" heading, so it
 * is found by its class, else as the smallest element holding all of the card's labels on the page
 * (公司名称, 邮箱, 注册时间, the activity figures …; at least three). Null when the page shows none: then only the
 * page's own state speaks, never the whole page, where other conversations would mix in.
 */
export function findBuyerCard(doc: Document): Element | null {
	const byClass = doc.querySelector(SELECTORS.buyerCard);
	if (byClass !== null) return byClass;
	const labels = textLeaves(doc).filter((leaf) => isCardLabel(leaf.text));
	if (labels.length < 3) return null;
	for (
		let element: Element | null = labels[0]?.element ?? null;
		element !== null;
		element = element.parentElement
	) {
		const inside = labels.filter((leaf) => element?.contains(leaf.element)).length;
		if (inside === labels.length) return element;
	}
	return null;
}

const CARD_KINDS = new Set([
	"company",
	"email",
	"phone",
	"website",
	"years",
	"inquiries",
	"rfqs",
	"loginDays",
	"productViews",
	"spamInquiries",
	"blacklistedBy",
]);

function isCardLabel(text: string): boolean {
	const kind = matchLabel(text)?.kind;
	return kind !== undefined && CARD_KINDS.has(kind);
}

/**
 * The card's name and country, which carry no label: by their classes, else the name is the
 * card's first piece of text that reads as a name and the country the first that reads as one.
 * Anchored to the card: layer "label".
 */
export function buyerCardFacts(card: Element, leaves: Leaf[]): Facts {
	const facts: Facts = {};
	const name = cleanText(card.querySelector(SELECTORS.cardName)?.textContent ?? "");
	const country = cleanText(card.querySelector(SELECTORS.cardCountry)?.textContent ?? "");
	setFact(facts, "buyer.name", looksLikeName(name) ? name : undefined, "label");
	setFact(facts, "buyer.country", country ? toCountry(country) : undefined, "label");
	// Unlabelled pieces: neither a label nor the value right after one.
	const unlabelled = leaves.filter(
		(leaf, i) => matchLabel(leaf.text) === null && !isValueAfterLabel(leaves, i),
	);
	for (const { text } of unlabelled) {
		if (/^L\d\+?$/.test(text)) {
			setFact(facts, "platform.level", text, "label");
			continue;
		}
		const asCountry = /^[A-Za-z]{2,3}$/.test(text) ? null : toCountry(text);
		if (asCountry !== null) setFact(facts, "buyer.country", asCountry, "label");
		else if (looksLikeName(text)) setFact(facts, "buyer.name", cleanText(text), "label");
	}
	return facts;
}

/** Whether the piece at `i` is the value of the label before it (a number-first figure's label has none after). */
function isValueAfterLabel(leaves: Leaf[], i: number): boolean {
	const label = i > 0 ? matchLabel(leaves[i - 1]?.text ?? "") : null;
	if (label === null || label.inline !== undefined) return false;
	return !(NUMBER_FIRST.has(label.kind) && /^(?:-?[\d,]+|-+)$/.test(leaves[i - 2]?.text ?? ""));
}
