import type { DemoCustomer } from "./demo-data";

/**
 * The senders and buyers of the pages `npm run demo` opens (the saved Gmail inbox and thread, the
 * Alibaba inquiry in tests/fixtures), so those pages show badges at once: one customer per tier.
 */
export const DEMO_PAGE_CUSTOMERS: DemoCustomer[] = [
	{
		key: "gulf-trading",
		owner: "admin",
		capture: {
			source: "gmail",
			contact: { name: "محمد الفارسي", email: "m.alfarsi@gulf-trading.ae", title: "Procurement Manager" },
			company: { name: "Gulf Trading LLC", country: "AE", buyerType: "importer", size: "medium" },
		},
		orders: [
			[96000, "USD", 25],
			[88000, "USD", 110],
			[91000, "USD", 200],
			[84000, "USD", 290],
		],
	},
	{
		key: "bauhaus-import",
		owner: "zhang",
		capture: {
			source: "gmail",
			contact: { name: "Jürgen Schmidt", email: "j.schmidt@bauhaus-import.de" },
			company: { name: "Bauhaus Import GmbH", country: "DE", buyerType: "retailer", size: "small" },
		},
		orders: [
			[30000, "EUR", 60],
			[26000, "EUR", 240],
		],
	},
	{
		key: "kinghome",
		owner: "sarah",
		capture: {
			source: "gmail",
			contact: { name: "陈志明", email: "chen.zm@kinghome.com.tw" },
			company: {
				name: "金家居 King Home Co., Ltd.",
				country: "TW",
				buyerType: "distributor",
				size: "medium",
			},
		},
		orders: [[2800, "USD", 150]],
	},
	{
		key: "alnoor",
		owner: "admin",
		capture: {
			source: "alibaba",
			contact: {
				name: "Ahmed Khalil Al Nuaimi",
				email: "ahmed@alnoor-trading.ae",
				phone: "+971503184821",
			},
			company: {
				name: "Al Noor Building Materials Trading LLC",
				country: "AE",
				website: "www.alnoor-trading.ae",
				buyerType: "importer",
			},
			thread: {
				kind: "inquiry",
				externalId: "inquiry:10231847765",
				subject: "Inquiry about PPR pipes and fittings 20mm-110mm PN20 for villa project in Abu Dhabi",
				messages: [],
			},
			signals: {
				inquiry: {
					quantity: 5000,
					quantityUnit: "m",
					targetPrice: 1.2,
					targetPriceCurrency: "USD",
					hasSpecifications: true,
					incoterm: "CIF",
				},
			},
		},
		orders: [],
	},
];
