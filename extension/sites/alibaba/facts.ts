/**
 * What the Alibaba extractors find, field by field, before it becomes a PageCapture.
 * Each layer (embedded state, stable attributes, labelled fields, free text) produces its own
 * `Facts`; `mergeFacts` keeps the first layer that found a field, so a field always says where
 * it came from.
 */

export type Layer = "state" | "attribute" | "label" | "text";

export interface FactTypes {
	"buyer.name": string;
	"buyer.company": string;
	/** ISO 3166-1 alpha-2. */
	"buyer.country": string;
	"buyer.buyerId": string;
	"buyer.email": string;
	/** E.164. */
	"buyer.phone": string;
	"buyer.whatsapp": string;
	"buyer.website": string;
	/** Visible but masked: kept as shown, never completed. */
	"masked.email": string;
	"masked.phone": string;
	"thread.id": string;
	"thread.subject": string;
	"thread.product": string;
	"thread.message": string;
	/** ISO 8601 when the page gave an absolute date. */
	"thread.date": string;
	/** The date as the page showed it ("17 minutes before", "2026-11-20 09:12"). */
	"thread.dateText": string;
	"thread.url": string;
	/** Who wrote the conversation's latest message: the buyer waits for a reply, or the seller answered. */
	"thread.lastFrom": "buyer" | "seller";
	/** When the latest message was sent (ISO), when the page shows it. */
	"thread.lastAt": string;
	"inquiry.quantity": number;
	"inquiry.quantityUnit": string;
	"inquiry.targetPrice": number;
	"inquiry.targetPriceCurrency": string;
	"inquiry.destinationCountry": string;
	"inquiry.incoterm": string;
	"inquiry.hasSpecifications": boolean;
	"inquiry.sampleRequest": boolean;
	"inquiry.genericRequest": boolean;
	"platform.verifiedBuyer": boolean;
	"platform.yearsRegistered": number;
	"platform.inquiriesPosted": number;
	"platform.rfqsPosted": number;
	"platform.emailConfirmed": boolean;
	"platform.experiencedBuyer": boolean;
	"platform.completesOrdersViaPlatform": boolean;
	"platform.typicallyReplies": boolean;
	"platform.interactiveUser": boolean;
	/** Alibaba's buyer level ("L1+", "L3"). */
	"platform.level": string;
	"platform.loginDays": number;
	"platform.productViews": number;
	"platform.repliedInquiries": number;
	"platform.spamInquiries": number;
	"platform.blacklistedBy": number;
	"platform.businessTypes": string[];
	"platform.preferredIndustries": string[];
	/** Trade Assurance orders with this seller, from the seller's own CRM record. */
	"platform.tradeAssuranceOrders": number;
	"platform.tradeAssuranceAmount": number;
	"platform.tradeAssuranceDaysSinceLastOrder": number;
	"rfq.quotesLeft": number;
	"row.unread": boolean;
}

export type FactKey = keyof FactTypes;

export interface Sourced<T> {
	value: T;
	source: Layer;
}

export type Facts = { [K in FactKey]?: Sourced<FactTypes[K]> };

/** Sets a fact unless the layer already has it (the first finding inside one layer wins). */
export function setFact<K extends FactKey>(
	facts: Facts,
	key: K,
	value: FactTypes[K] | undefined | null,
	source: Layer,
): void {
	if (value === undefined || value === null || facts[key] !== undefined) return;
	if (typeof value === "string" && value.trim() === "") return;
	if (typeof value === "number" && !Number.isFinite(value)) return;
	(facts as Record<FactKey, Sourced<FactTypes[K]>>)[key] = { value, source };
}

/** Layers in order of trust: a field comes from the first layer that has it. */
export function mergeFacts(...layers: Facts[]): Facts {
	const merged: Facts = {};
	for (const layer of layers) {
		for (const key of Object.keys(layer) as FactKey[]) {
			if (merged[key] === undefined && layer[key] !== undefined) {
				(merged as Record<FactKey, unknown>)[key] = layer[key];
			}
		}
	}
	return merged;
}

/** The plain value of a fact, or undefined. */
export function factValue<K extends FactKey>(facts: Facts, key: K): FactTypes[K] | undefined {
	return facts[key]?.value as FactTypes[K] | undefined;
}
