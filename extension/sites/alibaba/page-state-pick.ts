import {
	type AlibabaState,
	INQUIRY_FIELDS,
	type InquiryState,
	pickFields,
	RFQ_FIELDS,
	type RfqState,
} from "./page-state";

/**
 * Runs in the page's main world: finds Alibaba's embedded state and copies out only the fields
 * Tierline uses (nothing else of the page leaves this function). The known path
 * (`PAGE_DATA.index.data`, 2025) is read first; otherwise the state objects are found by their
 * field names, so a reshuffled state tree still works.
 */

const GLOBALS = ["PAGE_DATA", "__INIT_DATA__", "__INITIAL_STATE__"];
const MAX_NODES = 20_000;
const MAX_DEPTH = 7;

export function pickAlibabaState(scope: Record<string, unknown>): AlibabaState {
	const state: AlibabaState = { rfqs: [], inquiries: [] };
	const known = path(scope, ["PAGE_DATA", "index", "data"]);
	if (Array.isArray(known)) state.rfqs = rows(known, "rfqId", rfqOf);
	for (const name of GLOBALS) walk(scope[name], state);
	return state;
}

function walk(root: unknown, state: AlibabaState): void {
	const queue: Array<[unknown, number]> = [[root, 0]];
	const seen = new Set<unknown>();
	for (let index = 0; index < queue.length && index < MAX_NODES; index++) {
		const [value, depth] = queue[index] as [unknown, number];
		if (typeof value !== "object" || value === null || seen.has(value) || depth > MAX_DEPTH) continue;
		seen.add(value);
		if (Array.isArray(value)) {
			// Lists are taken whole and not descended into: a list row is never a detail object.
			if (hasKey(value[0], "rfqId")) {
				if (state.rfqs.length === 0) state.rfqs = rows(value, "rfqId", rfqOf);
			} else if (hasKey(value[0], "inquiryId")) {
				if (state.inquiries.length === 0) state.inquiries = rows(value, "inquiryId", inquiryOf);
			} else for (const item of value.slice(0, 50)) enqueue(queue, item, depth + 1);
			continue;
		}
		if (isNode(value)) continue;
		const record = value as Record<string, unknown>;
		if (!state.rfqDetail && hasKey(record, "rfqId") && hasKey(record, "description")) {
			state.rfqDetail = rfqOf(record) ?? undefined;
		} else if (!state.inquiry && hasKey(record, "inquiryId") && hasKey(record, "content")) {
			state.inquiry = inquiryOf(record) ?? undefined;
		}
		for (const key of Object.keys(record).slice(0, 200)) enqueue(queue, safeGet(record, key), depth + 1);
	}
}

function enqueue(queue: Array<[unknown, number]>, value: unknown, depth: number): void {
	if (typeof value === "object" && value !== null && queue.length < MAX_NODES) queue.push([value, depth]);
}

function rows<T>(items: unknown[], idKey: string, pick: (row: Record<string, unknown>) => T | null): T[] {
	const out: T[] = [];
	for (const item of items.slice(0, 200)) {
		if (!hasKey(item, idKey)) continue;
		const row = pick(item as Record<string, unknown>);
		if (row) out.push(row);
	}
	return out;
}

function rfqOf(row: Record<string, unknown>): RfqState | null {
	const tags = Array.isArray(row.tags) ? row.tags : [];
	return pickFields<RfqState>(
		{
			...row,
			emailConfirmed: tags.some(
				(tag) => hasKey(tag, "tagName") && (tag as { tagName: unknown }).tagName === "emailConfirm",
			),
			hasQuoEquity: flag(row.hasQuoEquity),
			quotesOrigin: flag(row.quotesOrigin),
			quotesDiscount: flag(row.quotesDiscount),
		},
		RFQ_FIELDS,
	);
}

function inquiryOf(row: Record<string, unknown>): InquiryState | null {
	return pickFields<InquiryState>(
		{
			...row,
			verified: flag(row.verified),
			emailConfirmed: flag(row.emailConfirmed),
			unread: flag(row.unread),
		},
		INQUIRY_FIELDS,
	);
}

/** Page flags come as booleans, 0/1 or "true"/"Y"; anything else is unknown. */
function flag(value: unknown): boolean | undefined {
	if (typeof value === "boolean") return value;
	if (typeof value === "number") return value > 0;
	if (typeof value === "string") return /^(true|y|yes|1)$/i.test(value);
	return undefined;
}

function hasKey(value: unknown, key: string): boolean {
	return typeof value === "object" && value !== null && key in value;
}

function isNode(value: object): boolean {
	return "nodeType" in value && "nodeName" in value;
}

function safeGet(record: Record<string, unknown>, key: string): unknown {
	try {
		return record[key];
	} catch {
		return undefined;
	}
}

function path(root: unknown, keys: string[]): unknown {
	let value = root;
	for (const key of keys) {
		if (typeof value !== "object" || value === null) return undefined;
		value = safeGet(value as Record<string, unknown>, key);
	}
	return value;
}
