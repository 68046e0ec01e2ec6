import type { CaptureRequest, OrderInput } from "../../shared/schema";
import { DEMO_PAGE_CUSTOMERS } from "./demo-page-customers";

/** The demo team `npm start` seeds: an admin, two sales members and customers across the tiers. */
export const DEMO_TEAM = {
	name: "Demo Trading Co.",
	admin: { name: "Lin Wei", email: "lin.wei@demo-trading.example.com" },
} as const;

export const DEMO_MEMBERS = [
	{ key: "zhang", name: "张敏 Zhang Min", email: "zhang.min@demo-trading.example.com", role: "sales" },
	{ key: "sarah", name: "Sarah Chen", email: "sarah.chen@demo-trading.example.com", role: "sales" },
] as const;

export type DemoOwner = "admin" | (typeof DEMO_MEMBERS)[number]["key"];

export interface DemoCustomer {
	/** Stable key: the capture's Idempotency-Key and the orders' references derive from it. */
	key: string;
	owner: DemoOwner;
	capture: CaptureRequest;
	/** Orders as [amount, currency, days ago]. */
	orders: [number, string, number][];
}

const email = (externalId: string, subject: string, fromName: string, fromEmail: string, body: string) => ({
	kind: "email" as const,
	externalId,
	subject,
	messages: [{ id: `${externalId}-1`, fromName, fromEmail, body, direction: "inbound" as const }],
});

const BASE_CUSTOMERS: DemoCustomer[] = [
	{
		key: "mueller",
		owner: "zhang",
		capture: {
			source: "gmail",
			contact: {
				name: "Hans Müller",
				email: "hans.mueller@mueller-haustechnik.de",
				title: "Head of Purchasing",
			},
			company: { name: "Müller Haustechnik GmbH", country: "DE", buyerType: "brand_owner", size: "large" },
			thread: email(
				"demo-thread-mueller",
				"Annual contract 2026 — stainless fittings",
				"Hans Müller",
				"hans.mueller@mueller-haustechnik.de",
				"Please quote 40,000 pcs per quarter, DN15–DN50, to our attached drawings. FOB Ningbo.",
			),
			signals: {
				inquiry: { quantity: 40000, quantityUnit: "pcs", hasSpecifications: true, incoterm: "FOB" },
			},
		},
		orders: [
			[182000, "EUR", 30],
			[165000, "EUR", 120],
			[171500, "EUR", 210],
			[158000, "EUR", 300],
		],
	},
	{
		key: "almansouri",
		owner: "sarah",
		capture: {
			source: "gmail",
			contact: {
				name: "أحمد المنصوري",
				email: "ahmed@almansouri-bm.ae",
				whatsapp: "+971 50 123 4567",
				title: "Managing Director",
			},
			company: { name: "شركة المنصوري لمواد البناء", country: "AE", buyerType: "importer", size: "medium" },
			thread: email(
				"demo-thread-almansouri",
				"Repeat order — ceramic tiles 60x60",
				"أحمد المنصوري",
				"ahmed@almansouri-bm.ae",
				"Same as last order, 3 containers. Please confirm shipment date to Jebel Ali.",
			),
		},
		orders: [
			[310000, "AED", 45],
			[295000, "AED", 160],
		],
	},
	{
		key: "lioncity",
		owner: "zhang",
		capture: {
			source: "gmail",
			contact: { name: "陈志明", email: "zhiming.chen@lioncitytrading.sg", phone: "+65 6123 4567" },
			company: { name: "Lion City Trading Pte. Ltd.", country: "SG", buyerType: "wholesaler", size: "small" },
		},
		orders: [
			[46000, "USD", 60],
			[38500, "USD", 190],
		],
	},
	{
		key: "formosa",
		owner: "sarah",
		capture: {
			source: "gmail",
			contact: { name: "林美玲", email: "meiling@formosa-kitchen.com.tw" },
			company: { name: "美玲厨具有限公司 Formosa Kitchenware", country: "TW", buyerType: "distributor" },
		},
		orders: [[8200, "USD", 330]],
	},
	{
		key: "carter",
		owner: "admin",
		capture: {
			source: "alibaba",
			contact: { name: "John Carter", buyerId: "us1528846203mbjm", email: "john@carteroutdoor.com" },
			company: { name: "Carter Outdoor Supply", country: "US", buyerType: "importer", size: "medium" },
			thread: {
				kind: "inquiry",
				externalId: "demo-inquiry-carter",
				subject: "Inquiry: folding camping chairs, 5,000 pcs",
				product: "Folding camping chair",
				messages: [],
			},
			signals: {
				inquiry: { quantity: 5000, quantityUnit: "pcs", targetPrice: 6.5, targetPriceCurrency: "USD" },
				platform: { verifiedBuyer: true, yearsRegistered: 6, inquiriesPosted: 14, emailConfirmed: true },
			},
		},
		orders: [],
	},
	{
		key: "atlas",
		owner: "sarah",
		capture: {
			source: "gmail",
			contact: { name: "فاطمة الزهراء", email: "fatima@atlas-homedecor.ma" },
			company: { name: "Atlas Home Décor SARL", country: "MA", buyerType: "distributor", size: "medium" },
			signals: { inquiry: { quantity: 1200, hasSpecifications: true, sampleRequest: true } },
		},
		orders: [],
	},
	{
		key: "gonzalez",
		owner: "zhang",
		capture: {
			source: "gmail",
			contact: { name: "Maria Gonzalez", email: "maria.gonzalez.imports@gmail.com" },
			company: { country: "MX", buyerType: "individual" },
			signals: { inquiry: { genericRequest: true } },
		},
		orders: [],
	},
	{
		key: "sharma",
		owner: "admin",
		capture: {
			source: "manual",
			contact: { name: "Priya Sharma", email: "priya@sharmaretail.in", phone: "+91 98765 43210" },
			company: { name: "Sharma Retail Pvt Ltd", country: "IN", buyerType: "retailer", size: "micro" },
		},
		// Steady re-orders from a small retailer: high current value, low potential → Gold.
		orders: [
			[26000, "USD", 20],
			[31000, "USD", 95],
			[27500, "USD", 180],
			[22000, "USD", 260],
		],
	},
];

export const DEMO_CUSTOMERS: DemoCustomer[] = [...BASE_CUSTOMERS, ...DEMO_PAGE_CUSTOMERS];

/** The order as the API takes it; the reference makes a re-run of the seed a no-op. */
export function demoOrder(
	customerKey: string,
	index: number,
	order: [number, string, number],
	now: Date,
): OrderInput {
	const [amount, currency, daysAgo] = order;
	const date = new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
	return { amount, currency, date, reference: `DEMO-${customerKey.toUpperCase()}-${index + 1}` };
}
