/**
 * The specifics of an inquiry in the buyer's words: quantity and unit, target price, Incoterm,
 * specifications, a sample request, and whether it is only a catalogue / price-list request.
 * The light core the Alibaba in-page script runs; email bodies get it with port, delivery date,
 * spam marks and a quality on top (read-inquiry.ts).
 */
import { parsePrice, parseQuantity } from "./amounts";
import {
	CATALOGUE,
	INCOTERM,
	NUMERIC_SPEC,
	PRICE_LABELLED,
	PRICE_PER_UNIT,
	QUANTITY,
	SAMPLE,
	SPEC_WORDS,
} from "./vocabulary";

export interface InquirySpecifics {
	quantity?: number;
	unit?: string;
	targetPrice?: number;
	currency?: string;
	incoterm?: string;
	hasSpecifications: boolean;
	sampleRequest: boolean;
	/** A catalogue or price-list request with nothing specific beside it. */
	catalogueOnly: boolean;
	/** The words the reading rests on, as written. */
	found: string[];
}

/** Adds a match's words (trimmed of trailing punctuation) to `found`, once; returns the match. */
export function noteIn(found: string[]) {
	return <T extends RegExpExecArray | null>(match: T): T => {
		const words = match?.[0].trim().replace(/[\s,.;:，。；：]+$/, "");
		if (words && !found.includes(words)) found.push(words);
		return match;
	};
}

/** `text` NFKC-normalised. */
export function readSpecifics(text: string): InquirySpecifics {
	const found: string[] = [];
	const note = noteIn(found);
	const quantityMatch = note(QUANTITY.exec(text));
	const quantity = quantityMatch
		? parseQuantity(`${quantityMatch[1]}${quantityMatch[2] ?? ""} ${quantityMatch[3]}`)
		: null;
	const priceMatch = note(PRICE_LABELLED.exec(text) ?? PRICE_PER_UNIT.exec(text));
	const price = priceMatch?.[1] === undefined ? null : parsePrice(priceMatch[1]);
	const incoterm = INCOTERM.exec(text)?.[1]?.toUpperCase().replace("C&F", "CFR").replace("CNF", "CFR");
	const specWords = [...text.matchAll(SPEC_WORDS)].map((m) => m[0]);
	const numericSpec = NUMERIC_SPEC.exec(text);
	const hasSpecifications = numericSpec !== null || new Set(specWords.map((w) => w.toLowerCase())).size >= 2;
	if (hasSpecifications) {
		note(numericSpec);
		for (const word of specWords) if (!found.includes(word)) found.push(word);
	}
	const sampleRequest = note(SAMPLE.exec(text)) !== null;
	const specific = quantity !== null || price !== null || incoterm !== undefined || hasSpecifications;
	const catalogueOnly = !specific && note(CATALOGUE.exec(text)) !== null;
	return {
		...(quantity ? { quantity: quantity.quantity, ...(quantity.unit ? { unit: quantity.unit } : {}) } : {}),
		...(price ? { targetPrice: price.amount, ...(price.currency ? { currency: price.currency } : {}) } : {}),
		...(incoterm ? { incoterm } : {}),
		hasSpecifications,
		sampleRequest,
		catalogueOnly,
		found,
	};
}
