/**
 * The slice of Alibaba's page state that Tierline uses, as passed from the main-world script
 * (alibaba-state.content) to the isolated content script by window.postMessage. What the pages
 * carry (2026-12, from public code that reads the live pages: ../shared/fixtures/alibaba/FACTS.md):
 * - inquiry list: `window.feedbackListResponse.list` (entries are arrays whose first element is
 *   the inquiry), later pages from the page's own `/message/ajax/feedback/subjectList.htm`;
 * - inquiry detail: the answer to the page's own `queryCustomerInfo.json` JSONP call
 *   (`data.data.buyerInfo`, `buyerContactInfo`, `alicrmCustomerInfo`);
 * - OneTalk chat: `window.__VMFsConv__cache__` (conversations with `contactAccountId`);
 * - RFQ market: `PAGE_DATA["index"].data` / `PAGE_DATA["relate"]`, the detail's `enDescription`.
 * Field names here are ours; page-state-pick.ts maps the page's names onto them.
 */

export const STATE_MESSAGE_TAG = "tierline:alibaba-state:v2";

/** One inquiry of the message centre's list. */
export interface InquiryRowState {
	tradeId?: string;
	subject?: string;
	/** `sender.accountId`: the buyer's stable platform id. */
	buyerAccountId?: string;
	buyerName?: string;
	buyerCompany?: string;
	/** ISO 2 (`countryCode`, any case) or the country's name. */
	buyerCountry?: string;
	buyerLevel?: string;
	yearsRegistered?: number;
	productName?: string;
	quantity?: number;
	quantityUnit?: string;
	/** Milliseconds since 1970. */
	createTime?: number;
	unread?: boolean;
	ownerName?: string;
	source?: string;
}

/** The buyer as the page's own queryCustomerInfo answer describes them; absent = hidden (-1). */
export interface CustomerInfoState {
	firstName?: string;
	lastName?: string;
	companyName?: string;
	country?: string;
	/** Seconds since 1970. */
	registerDate?: number;
	website?: string;
	email?: string;
	mobile?: string;
	phone?: string;
	level?: string;
	validInquiries?: number;
	validRfqs?: number;
	loginDays?: number;
	productViews?: number;
	repliedInquiries?: number;
	spamInquiries?: number;
	blacklisted?: number;
	totalOrders?: number;
	businessTypes?: string[];
	preferredIndustries?: string[];
	/** From `alicrmCustomerInfo`: the seller's own record in Alibaba's CRM. */
	taOrderCount?: number;
	taTotalAmount?: number;
	/** `taLastBuyPast`: days since the last Trade Assurance order. */
	taLastBuyDays?: number;
	crmOwnerName?: string;
}

export interface ChatContactState {
	cid?: string;
	contactAccountId?: string;
	contactName?: string;
}

export interface RfqState {
	rfqId?: string;
	subject?: string;
	description?: string;
	buyerName?: string;
	portraitPath?: string;
	openTimeStr?: string;
	rfqLeftCount?: number;
	/** `countrySimple`: ISO 2. */
	country?: string;
	quantity?: number;
	quantityUnit?: string;
	/** `tags[].tagName`. */
	tags?: string[];
	hasAnnexes?: boolean;
	url?: string;
	buyerAccountId?: string;
}

export interface AlibabaState {
	rfqs: RfqState[];
	rfqDetail?: RfqState;
	inquiries: InquiryRowState[];
	customer?: CustomerInfoState;
	chats: ChatContactState[];
}

/** "id": a string or a whole number (the pages write ids both ways); "string": text only. */
type FieldKind = "id" | "string" | "text" | "number" | "boolean" | "list";

export const INQUIRY_FIELDS: Record<keyof InquiryRowState, FieldKind> = {
	tradeId: "id",
	subject: "string",
	buyerAccountId: "id",
	buyerName: "string",
	buyerCompany: "string",
	buyerCountry: "string",
	buyerLevel: "string",
	yearsRegistered: "number",
	productName: "string",
	quantity: "number",
	quantityUnit: "string",
	createTime: "number",
	unread: "boolean",
	ownerName: "string",
	source: "string",
};

export const CUSTOMER_FIELDS: Record<keyof CustomerInfoState, FieldKind> = {
	firstName: "string",
	lastName: "string",
	companyName: "string",
	country: "string",
	registerDate: "number",
	website: "string",
	email: "string",
	mobile: "string",
	phone: "string",
	level: "string",
	validInquiries: "number",
	validRfqs: "number",
	loginDays: "number",
	productViews: "number",
	repliedInquiries: "number",
	spamInquiries: "number",
	blacklisted: "number",
	totalOrders: "number",
	businessTypes: "list",
	preferredIndustries: "list",
	taOrderCount: "number",
	taTotalAmount: "number",
	taLastBuyDays: "number",
	crmOwnerName: "string",
};

export const CHAT_FIELDS: Record<keyof ChatContactState, FieldKind> = {
	cid: "id",
	contactAccountId: "id",
	contactName: "string",
};

export const RFQ_FIELDS: Record<keyof RfqState, FieldKind> = {
	rfqId: "id",
	subject: "string",
	description: "text",
	buyerName: "string",
	portraitPath: "string",
	openTimeStr: "string",
	rfqLeftCount: "number",
	country: "string",
	quantity: "number",
	quantityUnit: "string",
	tags: "list",
	hasAnnexes: "boolean",
	url: "string",
	buyerAccountId: "id",
};

export const MAX_ROWS = 200;
const MAX_TEXT = 20_000;
const MAX_SHORT = 1_000;
const MAX_LIST = 20;
/** What the page writes for a value the buyer hid. */
const HIDDEN = /^(?:-1|-+|—|null|undefined)$/;

/**
 * Validates a message that claims to carry page state. The page can post anything, so every
 * field is type- and length-checked and unknown fields are dropped; null when it is not ours.
 */
export function parseStateMessage(data: unknown): AlibabaState | null {
	if (!isRecord(data) || ownValue(data, "tag") !== STATE_MESSAGE_TAG || ownValue(data, "kind") !== "state")
		return null;
	const state = ownValue(data, "state");
	if (!isRecord(state)) return null;
	const rfqDetail = pickFields(ownValue(state, "rfqDetail"), RFQ_FIELDS);
	const customer = pickFields(ownValue(state, "customer"), CUSTOMER_FIELDS);
	return {
		rfqs: pickRows(ownValue(state, "rfqs"), RFQ_FIELDS),
		inquiries: pickRows(ownValue(state, "inquiries"), INQUIRY_FIELDS),
		chats: pickRows(ownValue(state, "chats"), CHAT_FIELDS),
		...(rfqDetail ? { rfqDetail } : {}),
		...(customer ? { customer } : {}),
	};
}

function pickRows<T>(rows: unknown, fields: Record<keyof T, FieldKind>): T[] {
	if (!Array.isArray(rows)) return [];
	return rows
		.slice(0, MAX_ROWS)
		.map((row) => pickFields(row, fields))
		.filter((row): row is T => row !== null);
}

/**
 * Copies only the listed fields, read as the object's own data properties (never a getter or an
 * inherited key), whose value has the listed type: strings trimmed and length-capped (too long →
 * dropped), numbers finite and ≥ 0 (from numeric strings too; -1 = hidden), hidden markers dropped.
 */
export function pickFields<T>(value: unknown, fields: Record<keyof T, FieldKind>): T | null {
	if (!isRecord(value)) return null;
	const out: Record<string, unknown> = {};
	for (const [name, kind] of Object.entries(fields) as Array<[string, FieldKind]>) {
		const picked = pickValue(ownValue(value, name), kind);
		if (picked !== undefined) out[name] = picked;
	}
	return Object.keys(out).length > 0 ? (out as T) : null;
}

function pickValue(field: unknown, kind: FieldKind): unknown {
	switch (kind) {
		case "id":
			return typeof field === "number" && !Number.isSafeInteger(field) ? undefined : pickString(field, 100);
		case "string":
		case "text":
			return typeof field === "string"
				? pickString(field, kind === "text" ? MAX_TEXT : MAX_SHORT)
				: undefined;
		case "number": {
			const number = typeof field === "string" ? Number(field.replace(/,/g, "").trim() || Number.NaN) : field;
			return typeof number === "number" && Number.isFinite(number) && number >= 0 ? number : undefined;
		}
		case "boolean":
			return typeof field === "boolean" ? field : undefined;
		case "list": {
			if (!Array.isArray(field)) return undefined;
			const items = field
				.slice(0, MAX_LIST)
				.map((item) => pickString(item, 100))
				.filter((item): item is string => item !== undefined);
			return items.length > 0 ? items : undefined;
		}
	}
}

function pickString(field: unknown, max: number): string | undefined {
	if (typeof field !== "string" && typeof field !== "number") return undefined;
	const text = String(field).trim();
	return text !== "" && text.length <= max && !HIDDEN.test(text) ? text : undefined;
}

/** An own data property's value; getters, inherited keys and exotic objects give undefined. */
export function ownValue(record: object, key: string): unknown {
	try {
		const descriptor = Object.getOwnPropertyDescriptor(record, key);
		return descriptor && "value" in descriptor ? descriptor.value : undefined;
	} catch {
		return undefined;
	}
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
