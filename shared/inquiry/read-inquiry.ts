/**
 * Inquiry quality from a buyer's own words, for Alibaba inquiries and email bodies alike:
 * quantity and unit, target price, Incoterm and port, specifications, a sample request, a
 * delivery date, and a bare catalogue / price-list request (which lowers potential). Quality is
 * the scoring engine's own inquiry quality (shared/scoring), as 0–100.
 */
import type { InquirySignals } from "../schema/signals";
import { inquiryQuality } from "../scoring/potential-value";
import { parsePrice, parseQuantity } from "./amounts";
import { parseDeliveryDate } from "./delivery-date";
import {
	CATALOGUE,
	DELIVERY,
	INCOTERM,
	INCOTERM_PLACE,
	INQUIRY_WORDS,
	NUMERIC_SPEC,
	PORT_NAMED,
	PRICE_LABELLED,
	PRICE_PER_UNIT,
	QUANTITY,
	SAMPLE,
	SPAM_LIKE,
	SPEC_WORDS,
} from "./vocabulary";

export interface InquiryReading {
	quantity?: number;
	unit?: string;
	incoterm?: string;
	port?: string;
	targetPrice?: number;
	currency?: string;
	sampleRequest: boolean;
	/** YYYY-MM-DD. */
	deliveryBy?: string;
	/** A bare catalogue / price-list request (or spam dressed as an inquiry): nothing specific. */
	catalogueOnly: boolean;
	hasSpecifications: boolean;
	spamLike: boolean;
	/** 0–100. */
	quality: number;
	/** The words the reading rests on, as written, in reading order. */
	found: string[];
}

export interface ReadOptions {
	now?: Date;
	/** The text is an inquiry whatever it says (an Alibaba inquiry); otherwise it must look like one. */
	isInquiry?: boolean;
}

/** The reading of one message's own words (not its quoted history), or null when it is no inquiry. */
export function readInquiry(message: string, options: ReadOptions = {}): InquiryReading | null {
	const text = message.normalize("NFKC");
	if (text.trim() === "") return null;
	const found: string[] = [];
	const note = (match: RegExpExecArray | null) => {
		const words = match?.[0].trim().replace(/[\s,.;:，。；：]+$/, "");
		if (words && !found.includes(words)) found.push(words);
		return match;
	};
	const quantityMatch = note(QUANTITY.exec(text));
	const quantity = quantityMatch
		? parseQuantity(`${quantityMatch[1]}${quantityMatch[2] ?? ""} ${quantityMatch[3]}`)
		: null;
	const priceMatch = note(PRICE_LABELLED.exec(text) ?? PRICE_PER_UNIT.exec(text));
	const price = priceMatch?.[1] === undefined ? null : parsePrice(priceMatch[1]);
	const incotermMatch = INCOTERM.exec(text);
	const incoterm = incotermMatch?.[1]?.toUpperCase().replace("C&F", "CFR").replace("CNF", "CFR");
	const placeMatch = INCOTERM_PLACE.exec(text) ?? PORT_NAMED.exec(text);
	if (!note(placeMatch)) note(incotermMatch);
	const port = placeMatch?.slice(1).find((group) => group !== undefined);
	const specWords = [...text.matchAll(SPEC_WORDS)].map((m) => m[0]);
	const numericSpec = NUMERIC_SPEC.exec(text);
	const hasSpecifications = numericSpec !== null || new Set(specWords.map((w) => w.toLowerCase())).size >= 2;
	if (hasSpecifications) {
		note(numericSpec);
		for (const word of specWords) if (!found.includes(word)) found.push(word);
	}
	const sampleRequest = note(SAMPLE.exec(text)) !== null;
	const deliveryMatch = note(DELIVERY.exec(text));
	const deliveryPhrase = deliveryMatch?.slice(1).find((group) => group !== undefined);
	const deliveryBy = deliveryPhrase
		? parseDeliveryDate(deliveryPhrase, options.now ?? new Date())
		: undefined;
	const specific = quantity !== null || price !== null || incoterm !== undefined || hasSpecifications;
	const catalogue = CATALOGUE.exec(text);
	const spamLike = note(SPAM_LIKE.exec(text)) !== null;
	const catalogueOnly = (catalogue !== null && !specific) || spamLike;
	if (catalogue && !specific) note(catalogue);
	const looksLikeInquiry =
		options.isInquiry === true || found.length > 0 || catalogue !== null || INQUIRY_WORDS.test(text);
	if (!looksLikeInquiry) return null;
	const reading: InquiryReading = {
		...(quantity ? { quantity: quantity.quantity, ...(quantity.unit ? { unit: quantity.unit } : {}) } : {}),
		...(incoterm ? { incoterm } : {}),
		...(port ? { port: port.trim() } : {}),
		...(price ? { targetPrice: price.amount, ...(price.currency ? { currency: price.currency } : {}) } : {}),
		sampleRequest,
		...(deliveryBy ? { deliveryBy } : {}),
		catalogueOnly,
		hasSpecifications,
		spamLike,
		quality: 0,
		found,
	};
	reading.quality = Math.round(100 * inquiryQuality(inquirySignalsOf(reading)));
	return reading;
}

/** The reading as the capture's inquiry signals (what the scoring engine and the API keep). */
export function inquirySignalsOf(reading: InquiryReading): InquirySignals {
	if (reading.spamLike) return { genericRequest: true, sampleRequest: false, hasSpecifications: false };
	return {
		...(reading.quantity !== undefined ? { quantity: reading.quantity } : {}),
		...(reading.unit ? { quantityUnit: reading.unit.slice(0, 50) } : {}),
		...(reading.targetPrice !== undefined ? { targetPrice: reading.targetPrice } : {}),
		...(reading.currency ? { targetPriceCurrency: reading.currency } : {}),
		hasSpecifications: reading.hasSpecifications,
		...(reading.incoterm ? { incoterm: reading.incoterm } : {}),
		...(reading.port ? { port: reading.port.slice(0, 60) } : {}),
		sampleRequest: reading.sampleRequest,
		...(reading.deliveryBy ? { deliveryBy: reading.deliveryBy } : {}),
		genericRequest: reading.catalogueOnly,
	};
}

/** The reading as `npm run extract` prints it (absent fields omitted). */
export function inquirySummary(reading: InquiryReading) {
	const { quantity, unit, incoterm, port, targetPrice, currency, sampleRequest, deliveryBy } = reading;
	const present = { quantity, unit, incoterm, port, targetPrice, currency, sampleRequest, deliveryBy };
	return {
		...Object.fromEntries(Object.entries(present).filter(([, value]) => value !== undefined)),
		catalogueOnly: reading.catalogueOnly,
		quality: reading.quality,
	};
}
