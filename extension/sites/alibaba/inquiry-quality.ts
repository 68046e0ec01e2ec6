import { readSpecifics } from "../../../shared/inquiry/specifics";
import { type Facts, setFact } from "./facts";

/**
 * Inquiry quality from a buyer's own words on an Alibaba page, read by the shared inquiry reader
 * (the same vocabulary email bodies are read with): quantity, target price, specifications and an
 * incoterm make an inquiry specific; a bare "send me your catalogue / price list" is generic.
 * Everything here is read from free text: layer "text".
 */
export function inquiryQuality(message: string): Facts {
	const facts: Facts = {};
	const text = message.normalize("NFKC");
	if (text.trim() === "") return facts;
	const reading = readSpecifics(text);
	setFact(facts, "inquiry.quantity", reading.quantity, "text");
	setFact(facts, "inquiry.quantityUnit", reading.unit, "text");
	setFact(facts, "inquiry.targetPrice", reading.targetPrice, "text");
	setFact(facts, "inquiry.targetPriceCurrency", reading.currency, "text");
	setFact(facts, "inquiry.incoterm", reading.incoterm, "text");
	setFact(facts, "inquiry.hasSpecifications", reading.hasSpecifications, "text");
	setFact(facts, "inquiry.sampleRequest", reading.sampleRequest, "text");
	setFact(facts, "inquiry.genericRequest", reading.catalogueOnly, "text");
	return facts;
}
