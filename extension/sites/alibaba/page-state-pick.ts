import {
	type AlibabaState,
	CHAT_FIELDS,
	type ChatContactState,
	CUSTOMER_FIELDS,
	type CustomerInfoState,
	INQUIRY_FIELDS,
	type InquiryRowState,
	isRecord,
	MAX_ROWS,
	ownValue,
	pickFields,
	RFQ_FIELDS,
	type RfqState,
} from "./page-state";

/**
 * Runs in the page's main world: reads Alibaba's page state (names as in FACTS.md, 2026-12) and
 * the answers the page fetched itself, and copies out only the fields Tierline uses, validated
 * (nothing else of the page leaves this function). Own data properties only: a getter or a key
 * planted on Object.prototype is never read.
 */

/** Answers the page's own requests brought (see state-reporter.ts), oldest first. */
export interface ObservedAnswers {
	/** `/message/ajax/feedback/subjectList.htm` answers: later pages of the inquiry list. */
	feedbackPages: unknown[];
	/** `queryCustomerInfo.json` answers (JSONP payloads). */
	customerInfo: unknown[];
}

const NO_ANSWERS: ObservedAnswers = { feedbackPages: [], customerInfo: [] };
const MAX_NODES = 5_000;

export function pickAlibabaState(scope: object, observed: ObservedAnswers = NO_ANSWERS): AlibabaState {
	const pageData = ownValue(scope, "PAGE_DATA");
	const rfqRows = [...listOf(at(pageData, "index")), ...listOf(at(pageData, "relate"))];
	const feedback = [
		...listOf(ownValue(scope, "feedbackListResponse")),
		...observed.feedbackPages.flatMap((page) => listOf(at(page, "data")).concat(listOf(page))),
	];
	const detail = findRecord(pageData, (record) => ownValue(record, "enDescription") !== undefined);
	const answer = observed.customerInfo.at(-1);
	const customer = answer === undefined ? null : customerOf(answer);
	const rfqDetail = detail ? rfqOf(detail) : null;
	return {
		rfqs: unique(rfqRows.map(rfqOf), (row) => row.url ?? row.rfqId),
		inquiries: unique(feedback.map(inquiryOf), (row) => row.tradeId),
		chats: chatsOf(ownValue(scope, "__VMFsConv__cache__")),
		...(rfqDetail ? { rfqDetail } : {}),
		...(customer ? { customer } : {}),
	};
}

/** An inquiry-list entry: an array whose first element is the inquiry (or the inquiry itself). */
function inquiryOf(entry: unknown): InquiryRowState | null {
	const item = Array.isArray(entry) ? entry[0] : entry;
	if (!isRecord(item)) return null;
	const sender = ownValue(item, "sender") ?? {};
	const product = listOf(ownValue(item, "productInfo"))[0] ?? {};
	const from = (key: string) => (isRecord(sender) ? ownValue(sender, key) : undefined);
	const of = (key: string) => (isRecord(product) ? ownValue(product, key) : undefined);
	return pickFields<InquiryRowState>(
		{
			tradeId: ownValue(item, "tradeId") ?? ownValue(item, "feedbackId") ?? ownValue(item, "requestNo"),
			subject: plainText(ownValue(item, "subject")),
			buyerAccountId: from("accountId"),
			buyerName: from("name"),
			buyerCompany: from("companyName"),
			buyerCountry: from("countryCode") || from("countryName"),
			buyerLevel: from("userNewLevel") ?? from("level"),
			yearsRegistered: from("joinYear"),
			productName: plainText(of("productName")),
			quantity: of("quantity"),
			quantityUnit: of("unit"),
			createTime: ownValue(item, "createTime"),
			unread: flag(ownValue(item, "hasUnread")),
			ownerName: ownValue(item, "ownerName"),
			source: ownValue(item, "source"),
		},
		INQUIRY_FIELDS,
	);
}

/** A queryCustomerInfo answer: `data.data.buyerInfo` (+ `buyerContactInfo`) and `alicrmCustomerInfo`. */
function customerOf(answer: unknown): CustomerInfoState | null {
	const data = findRecord(answer, (record) => isRecord(ownValue(record, "buyerInfo")), 3);
	if (data === null) return null;
	const buyer = ownValue(data, "buyerInfo") as Record<string, unknown>;
	const contact = ownValue(buyer, "buyerContactInfo") ?? ownValue(data, "buyerContactInfo") ?? {};
	const crm = ownValue(data, "alicrmCustomerInfo") ?? {};
	const b = (key: string) => ownValue(buyer, key);
	const c = (key: string) => (isRecord(contact) ? ownValue(contact, key) : undefined);
	const r = (key: string) => (isRecord(crm) ? ownValue(crm, key) : undefined);
	return pickFields<CustomerInfoState>(
		{
			firstName: b("firstName"),
			lastName: b("lastName"),
			companyName: b("companyName"),
			country: b("country"),
			registerDate: b("registerDate"),
			website: b("companyWebSite"),
			email: c("email"),
			mobile: c("mobileNumber"),
			phone: c("phoneNumber"),
			level: b("highQualityLevelTag") ?? b("levelTag"),
			validInquiries: b("validInquiryCount"),
			validRfqs: b("validRfqCount"),
			loginDays: b("loginDays"),
			productViews: b("productViewCount"),
			repliedInquiries: b("repliedInquiryCount"),
			spamInquiries: b("spamInquiryMarkedBySupplierCount"),
			blacklisted: b("addedToBlacklistCount"),
			totalOrders: b("totalOrderCount"),
			businessTypes: listOfStrings(b("businessTypes")),
			preferredIndustries: listOfStrings(b("preferredIndustries")),
			taOrderCount: r("taOrderCount"),
			taTotalAmount: r("taTotalAmount"),
			taLastBuyDays: r("taLastBuyPast"),
			crmOwnerName: r("ownerName"),
		},
		CUSTOMER_FIELDS,
	);
}

/** An RFQ row or detail: badges from `tags[].tagName`, country from `countrySimple`, text without markup. */
function rfqOf(row: unknown): RfqState | null {
	if (!isRecord(row)) return null;
	const of = (key: string) => ownValue(row, key);
	const tags = listOf(of("tags"))
		.map((tag) => (isRecord(tag) ? ownValue(tag, "tagName") : undefined))
		.filter((name): name is string => typeof name === "string");
	return pickFields<RfqState>(
		{
			rfqId: of("enrRfqId") ?? of("rfqId"),
			subject: plainText(of("subject")),
			description: plainText(of("enDescription") ?? of("description")),
			buyerName: of("buyerName"),
			portraitPath: of("portraitPath"),
			openTimeStr: of("openTimeStr"),
			rfqLeftCount: of("rfqLeftCount"),
			country: of("countrySimple") ?? of("country"),
			quantity: of("quantity"),
			quantityUnit: of("quantityUnit"),
			tags,
			hasAnnexes: flag(of("haveAnnexes")),
			url: of("url"),
			buyerAccountId: of("buyerAccountId") ?? of("accountId"),
		},
		RFQ_FIELDS,
	);
}

/** OneTalk's conversation cache: any records with a `contactAccountId`, as an array or a map. */
function chatsOf(cache: unknown): ChatContactState[] {
	const out: ChatContactState[] = [];
	walk(cache, 4, (record) => {
		if (ownValue(record, "contactAccountId") === undefined) return true;
		const chat = pickFields<ChatContactState>(
			{
				cid: ownValue(record, "cid"),
				contactAccountId: ownValue(record, "contactAccountId"),
				contactName: ownValue(record, "contactName") ?? ownValue(record, "name"),
			},
			CHAT_FIELDS,
		);
		if (chat && out.length < MAX_ROWS) out.push(chat);
		return false;
	});
	return unique(out, (chat) => chat.cid ?? chat.contactAccountId);
}

/** Rows of a list: the value itself when an array, else its `list` or `data` array. */
function listOf(value: unknown): unknown[] {
	if (Array.isArray(value)) return value.slice(0, MAX_ROWS);
	if (!isRecord(value)) return [];
	for (const key of ["list", "data"]) {
		const inner = ownValue(value, key);
		if (Array.isArray(inner)) return inner.slice(0, MAX_ROWS);
	}
	return [];
}

function listOfStrings(value: unknown): unknown {
	return typeof value === "string" ? value.split(/\s*[,;，]\s*/) : value;
}

function at(value: unknown, key: string): unknown {
	return isRecord(value) ? ownValue(value, key) : undefined;
}

function findRecord(
	root: unknown,
	test: (record: Record<string, unknown>) => boolean,
	depth = 6,
): Record<string, unknown> | null {
	let found: Record<string, unknown> | null = null;
	walk(root, depth, (record) => {
		if (found === null && test(record)) found = record;
		return found === null;
	});
	return found;
}

/** Breadth-first over own data properties, bounded in depth and nodes; `visit` false = do not descend. */
function walk(root: unknown, maxDepth: number, visit: (record: Record<string, unknown>) => boolean): void {
	const queue: Array<[unknown, number]> = [[root, 0]];
	const seen = new Set<unknown>();
	for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
		const [value, depth] = queue[i] as [unknown, number];
		if (typeof value !== "object" || value === null || seen.has(value) || depth > maxDepth) continue;
		seen.add(value);
		if ("nodeType" in value) continue;
		if (!Array.isArray(value) && !visit(value as Record<string, unknown>)) continue;
		const keys = Array.isArray(value) ? value.slice(0, 200).map((_, index) => String(index)) : ownKeys(value);
		for (const key of keys) {
			const child = ownValue(value, key);
			if (typeof child === "object" && child !== null && queue.length < MAX_NODES)
				queue.push([child, depth + 1]);
		}
	}
}

function ownKeys(value: object): string[] {
	try {
		return Object.keys(value).slice(0, 200);
	} catch {
		return [];
	}
}

function unique<T>(rows: Array<T | null>, keyOf: (row: T) => string | undefined): T[] {
	const seen = new Set<string>();
	const out: T[] = [];
	for (const row of rows) {
		if (row === null) continue;
		const key = keyOf(row);
		if (key !== undefined && seen.has(key)) continue;
		if (key !== undefined) seen.add(key);
		if (out.length < MAX_ROWS) out.push(row);
	}
	return out;
}

/** Text without markup: subjects can carry `<font><b>` search highlights. */
export function plainText(value: unknown): unknown {
	if (typeof value !== "string") return value;
	return value
		.replace(/<[^<>]{0,200}>/g, "")
		.replace(/&nbsp;/g, " ")
		.replace(/&lt;/g, "<")
		.replace(/&gt;/g, ">")
		.replace(/&quot;/g, '"')
		.replace(/&#0?39;/g, "'")
		.replace(/&amp;/g, "&");
}

/** Page flags come as booleans, counts or "true"/"Y"; anything else is unknown. */
function flag(value: unknown): boolean | undefined {
	if (typeof value === "boolean") return value;
	if (typeof value === "number") return value > 0;
	if (typeof value === "string") return /^(true|y|yes|1)$/i.test(value);
	return undefined;
}
