/**
 * The slice of Alibaba's embedded page state that Tierline uses, as passed from the main-world
 * script (alibaba-state.content) to the isolated content script by window.postMessage.
 *
 * Observed publicly (2025): the RFQ market list keeps its rows at `window.PAGE_DATA.index.data`
 * with rfqId, subject, buyerName, portraitPath, openTimeStr, rfqLeftCount, country, quantity,
 * quantityUnit, tags[].tagName ("emailConfirm"), rfqStarLevel, hasQuoEquity, quotesOrigin,
 * quotesDiscount, url. Assumed, not observed (2026-11): an RFQ detail object with the same names
 * plus `description`, and message-centre inquiry objects keyed by `inquiryId`. When the
 * assumption is wrong the labelled-field and text layers still carry those pages.
 */

export const STATE_MESSAGE_TAG = "tierline:alibaba-state:v1";

export interface RfqState {
	rfqId?: string;
	subject?: string;
	description?: string;
	buyerName?: string;
	portraitPath?: string;
	openTimeStr?: string;
	rfqLeftCount?: number;
	country?: string;
	destinationCountry?: string;
	quantity?: number;
	quantityUnit?: string;
	emailConfirmed?: boolean;
	rfqStarLevel?: number;
	hasQuoEquity?: boolean;
	quotesOrigin?: boolean;
	quotesDiscount?: boolean;
	url?: string;
}

export interface InquiryState {
	inquiryId?: string;
	subject?: string;
	productName?: string;
	quantity?: number;
	quantityUnit?: string;
	targetPrice?: number;
	targetPriceCurrency?: string;
	content?: string;
	sendTime?: string;
	buyerId?: string;
	buyerName?: string;
	buyerCompany?: string;
	buyerCountry?: string;
	buyerEmail?: string;
	buyerPhone?: string;
	verified?: boolean;
	registerYears?: number;
	inquiryCount?: number;
	rfqCount?: number;
	emailConfirmed?: boolean;
	unread?: boolean;
}

export interface AlibabaState {
	rfqs: RfqState[];
	rfqDetail?: RfqState;
	inquiries: InquiryState[];
	inquiry?: InquiryState;
}

type FieldKind = "string" | "number" | "boolean";

export const RFQ_FIELDS: Record<keyof RfqState, FieldKind> = {
	rfqId: "string",
	subject: "string",
	description: "string",
	buyerName: "string",
	portraitPath: "string",
	openTimeStr: "string",
	rfqLeftCount: "number",
	country: "string",
	destinationCountry: "string",
	quantity: "number",
	quantityUnit: "string",
	emailConfirmed: "boolean",
	rfqStarLevel: "number",
	hasQuoEquity: "boolean",
	quotesOrigin: "boolean",
	quotesDiscount: "boolean",
	url: "string",
};

export const INQUIRY_FIELDS: Record<keyof InquiryState, FieldKind> = {
	inquiryId: "string",
	subject: "string",
	productName: "string",
	quantity: "number",
	quantityUnit: "string",
	targetPrice: "number",
	targetPriceCurrency: "string",
	content: "string",
	sendTime: "string",
	buyerId: "string",
	buyerName: "string",
	buyerCompany: "string",
	buyerCountry: "string",
	buyerEmail: "string",
	buyerPhone: "string",
	verified: "boolean",
	registerYears: "number",
	inquiryCount: "number",
	rfqCount: "number",
	emailConfirmed: "boolean",
	unread: "boolean",
};

const MAX_ROWS = 200;
const MAX_TEXT = 20_000;
const MAX_SHORT = 1_000;

/**
 * Validates a message that claims to carry page state. The page can post anything, so every
 * field is type- and length-checked and unknown fields are dropped; null when it is not ours.
 */
export function parseStateMessage(data: unknown): AlibabaState | null {
	if (!isRecord(data) || data.tag !== STATE_MESSAGE_TAG || data.kind !== "state") return null;
	const state = data.state;
	if (!isRecord(state)) return null;
	const rfqDetail = state.rfqDetail === undefined ? undefined : pickFields(state.rfqDetail, RFQ_FIELDS);
	const inquiry = state.inquiry === undefined ? undefined : pickFields(state.inquiry, INQUIRY_FIELDS);
	return {
		rfqs: pickRows(state.rfqs, RFQ_FIELDS),
		inquiries: pickRows(state.inquiries, INQUIRY_FIELDS),
		...(rfqDetail ? { rfqDetail } : {}),
		...(inquiry ? { inquiry } : {}),
	};
}

function pickRows<T>(rows: unknown, fields: Record<keyof T, FieldKind>): T[] {
	if (!Array.isArray(rows)) return [];
	return rows
		.slice(0, MAX_ROWS)
		.map((row) => pickFields(row, fields))
		.filter((row): row is T => row !== null);
}

/** Copies only the listed fields whose value has the listed type (numbers from numeric strings). */
export function pickFields<T>(value: unknown, fields: Record<keyof T, FieldKind>): T | null {
	if (!isRecord(value)) return null;
	const out: Record<string, string | number | boolean> = {};
	for (const [name, kind] of Object.entries(fields) as Array<[string, FieldKind]>) {
		const field = value[name];
		const max = name === "description" || name === "content" ? MAX_TEXT : MAX_SHORT;
		if (kind === "string" && (typeof field === "string" || typeof field === "number")) {
			const text = String(field).trim();
			if (text !== "" && text.length <= max) out[name] = text;
		} else if (kind === "number") {
			const number = typeof field === "string" ? Number(field.replace(/,/g, "")) : field;
			if (typeof number === "number" && Number.isFinite(number) && number >= 0) out[name] = number;
		} else if (kind === "boolean" && typeof field === "boolean") {
			out[name] = field;
		}
	}
	return Object.keys(out).length > 0 ? (out as T) : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
