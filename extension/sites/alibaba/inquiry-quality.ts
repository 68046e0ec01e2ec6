import { type Facts, setFact } from "./facts";
import { parsePrice, parseQuantity } from "./values";

/**
 * Inquiry quality from a buyer's own words: quantity, target price, specifications and an
 * incoterm make an inquiry specific (raise potential value); a bare "send me your catalogue /
 * price list" is generic (lowers it). Everything here is read from free text: layer "text".
 */

const UNIT =
	"piece\\/pieces|pieces?|pcs|set\\/sets|sets?|units?|metric tons?|tons?|tonnes?|kgs?|kilograms?|meters?|metres?|cartons?|pairs?|boxes|rolls?|bags?|containers?|dozens?|piezas?|unidades|juegos|pi[eè]ces|unit[eé]s|件|个|套|台|吨|米|箱|双|只|条";
const QUANTITY = new RegExp(`(\\d{1,3}(?:[,，]\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(${UNIT})(?![a-z])`, "i");
const MONEY =
	"(?:US\\s?\\$|USD|\\$|EUR|€|AED|MXN|RMB|CNY)\\s*\\d[\\d,.]*|\\d[\\d,.]*\\s*(?:USD|EUR|€|AED|MXN|美元|dollars?|d[oó]lares)";
const PRICE_LABELLED = new RegExp(
	`(?:target price|price|budget|precio objetivo|precio|prix cible|prix|目标价格?|单价|价格|السعر)[^\\d\\n$€]{0,20}(${MONEY})`,
	"i",
);
const PRICE_PER_UNIT = new RegExp(`(${MONEY})\\s*(?:\\/|per|por|par|每)\\s*[a-z\\u4e00-\\u9fff]+`, "i");
const INCOTERM = /\b(EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DAT)\b/;
const NUMERIC_SPEC =
	/\d+(?:\.\d+)?\s*(?:mm|cm|inch(?:es)?|kw|w|v|hz|mah|kg|gsm|ml|l|lm|m)\b|\d+\s*[x×*]\s*\d+|\b(?:SS|AISI)\s?\d{3}\b|\bIP\d{2}\b/i;
const SPEC_WORDS =
	/specifications?|specs|material|dimensions?|size|colou?r|model|voltage|power|capacity|thickness|grade|certificat\w*|certified|stainless|\bCE\b|RoHS|\bFDA\b|\bISO\s?\d+|规格|材质|尺寸|颜色|型号|电压|功率|认证|especificaci\w+|medidas?|tamaño|couleur|taille|mati[eè]re/gi;
const SAMPLE = /\bsamples?\b|样品|muestras?\b|[ée]chantillons?|عينة/i;
const CATALOGUE =
	/catalog(?:ue)?s?|price ?list|send (?:me )?(?:your )?(?:best |latest )?(?:price|quotation)s?\b|产品目录|目录|价格表|价目表|报价单|cat[aá]logo|lista de precios|liste de prix|tarifs?\b|كتالوج|قائمة الأسعار/i;

export function inquiryQuality(message: string): Facts {
	const facts: Facts = {};
	const text = message.normalize("NFKC");
	if (text.trim() === "") return facts;
	const quantity = QUANTITY.exec(text);
	if (quantity) {
		const parsed = parseQuantity(`${quantity[1]} ${quantity[2]}`);
		setFact(facts, "inquiry.quantity", parsed?.quantity, "text");
		setFact(facts, "inquiry.quantityUnit", parsed?.unit, "text");
	}
	const price = PRICE_LABELLED.exec(text) ?? PRICE_PER_UNIT.exec(text);
	if (price?.[1] !== undefined) {
		const parsed = parsePrice(price[1]);
		setFact(facts, "inquiry.targetPrice", parsed?.amount, "text");
		setFact(facts, "inquiry.targetPriceCurrency", parsed?.currency, "text");
	}
	const incoterm = INCOTERM.exec(text)?.[1]?.toUpperCase().replace("C&F", "CFR").replace("CNF", "CFR");
	setFact(facts, "inquiry.incoterm", incoterm, "text");
	const specWords = new Set((text.match(SPEC_WORDS) ?? []).map((word) => word.toLowerCase()));
	const hasSpecifications = NUMERIC_SPEC.test(text) || specWords.size >= 2;
	setFact(facts, "inquiry.hasSpecifications", hasSpecifications, "text");
	setFact(facts, "inquiry.sampleRequest", SAMPLE.test(text), "text");
	const specific = quantity !== null || price !== null || incoterm !== undefined || hasSpecifications;
	setFact(facts, "inquiry.genericRequest", CATALOGUE.test(text) && !specific, "text");
	return facts;
}
