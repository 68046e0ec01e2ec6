/**
 * Inquiry quality from a buyer's own words, for Alibaba inquiries and email bodies alike:
 * quantity and unit, target price, Incoterm and port, specifications, a sample request, a
 * delivery date, and a bare catalogue / price-list request (which lowers potential). Quality is
 * the scoring engine's own inquiry quality (shared/scoring), as 0–100.
 */
import type { InquirySignals } from "../schema/signals";
import { inquiryQuality } from "../scoring/potential-value";
import { parseDeliveryDate } from "./delivery-date";
import { noteIn, readSpecifics } from "./specifics";
import {
	CATALOGUE,
	DELIVERY,
	INCOTERM,
	INCOTERM_PLACE,
	INQUIRY_WORDS,
	PORT_NAMED,
	SPAM_LIKE,
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
	/** The words the reading rests on, as written. */
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
	const specifics = readSpecifics(text);
	const { found } = specifics;
	const note = noteIn(found);
	const placeMatch = INCOTERM_PLACE.exec(text) ?? PORT_NAMED.exec(text);
	if (note(placeMatch) !== null) {
		const incotermWords = INCOTERM.exec(text)?.[0];
		if (incotermWords !== undefined && found.includes(incotermWords))
			found.splice(found.indexOf(incotermWords), 1);
	}
	const port = placeMatch?.slice(1).find((group) => group !== undefined);
	const deliveryMatch = note(DELIVERY.exec(text));
	const deliveryPhrase = deliveryMatch?.slice(1).find((group) => group !== undefined);
	const deliveryBy = deliveryPhrase
		? parseDeliveryDate(deliveryPhrase, options.now ?? new Date())
		: undefined;
	const spamLike = note(SPAM_LIKE.exec(text)) !== null;
	const looksLikeInquiry =
		options.isInquiry === true || found.length > 0 || CATALOGUE.test(text) || INQUIRY_WORDS.test(text);
	if (!looksLikeInquiry) return null;
	const { quantity, unit, targetPrice, currency, incoterm, sampleRequest, hasSpecifications } = specifics;
	const reading: InquiryReading = {
		...(quantity !== undefined ? { quantity } : {}),
		...(unit ? { unit } : {}),
		...(incoterm ? { incoterm } : {}),
		...(port ? { port: port.trim() } : {}),
		...(targetPrice !== undefined ? { targetPrice } : {}),
		...(currency ? { currency } : {}),
		sampleRequest,
		...(deliveryBy ? { deliveryBy } : {}),
		catalogueOnly: specifics.catalogueOnly || spamLike,
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
