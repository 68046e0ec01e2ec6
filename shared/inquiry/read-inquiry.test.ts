import { describe, expect, it } from "vitest";
import { inquirySignalsOf, inquirySummary, readInquiry } from "./read-inquiry";

const now = new Date("2026-12-06T06:00:00Z");
const read = (text: string) => {
	const reading = readInquiry(text, { now });
	return reading ? inquirySummary(reading) : null;
};

type Row = [text: string, expected: Record<string, unknown>];

const ENGLISH: Row[] = [
	[
		"Hello, we need 5,000 pcs of the 600x600 LED panel. Please quote FOB Ningbo.",
		{ quantity: 5000, unit: "pcs", incoterm: "FOB", port: "Ningbo", catalogueOnly: false },
	],
	[
		"Please quote 20 sets CIF Jebel Ali port, target price USD 1,250/set, delivery before January 20.",
		{
			quantity: 20,
			incoterm: "CIF",
			port: "Jebel Ali",
			targetPrice: 1250,
			currency: "USD",
			deliveryBy: "2027-01-20",
		},
	],
	[
		"We are interested in your stainless steel sinks, SS304, 1.2 mm thickness. Can you send 2 samples?",
		{ sampleRequest: true, catalogueOnly: false },
	],
	["Hi, please send me your catalogue and price list. Thanks", { catalogueOnly: true }],
	["Send your latest price list please.", { catalogueOnly: true }],
	[
		"Our order: 12 tons PET resin, target price $980 per ton, CFR Karachi, shipment by end of February.",
		{
			quantity: 12,
			unit: "tons",
			targetPrice: 980,
			currency: "USD",
			incoterm: "CFR",
			port: "Karachi",
			deliveryBy: "2027-02-28",
		},
	],
	[
		"Need 10k pcs silicone cases, EXW your factory, lead time within 30 days.",
		{ quantity: 10000, unit: "pcs", incoterm: "EXW", deliveryBy: "2027-01-05" },
	],
	[
		"RFQ: 3 containers of ceramic tiles 600x1200, FOB Foshan. We need them in our warehouse by 2027-03-15.",
		{ quantity: 3, unit: "containers", incoterm: "FOB", port: "Foshan", deliveryBy: "2027-03-15" },
	],
	[
		"Could you quote DDP Chicago for 800 units? Budget is USD 45 each.",
		{ quantity: 800, incoterm: "DDP", port: "Chicago", targetPrice: 45 },
	],
	[
		"Quotation request for 2.5 tons of copper wire, delivered by 20 December.",
		{ quantity: 2.5, deliveryBy: "2026-12-20" },
	],
	["Please send a sample of model X200 in blue colour first.", { sampleRequest: true }],
	["We want to buy your products. Kindly quote.", { catalogueOnly: false, quality: 20 }],
];

const CHINESE: Row[] = [
	[
		"您好，我们需要 3000 套，请报 FOB 深圳价格，并寄两套样品。",
		{ quantity: 3000, unit: "套", incoterm: "FOB", port: "深圳", sampleRequest: true },
	],
	["请发产品目录和价格表", { catalogueOnly: true }],
	[
		"求购不锈钢水槽 500件，目标价 USD 12，CIF 迪拜",
		{ quantity: 500, unit: "件", targetPrice: 12, incoterm: "CIF", port: "迪拜" },
	],
	[
		"我们要 2万件 T恤，颜色：白色，尺寸 S-XL，交货期 45天",
		{ quantity: 20000, unit: "件", deliveryBy: "2027-01-20" },
	],
	[
		"询价：10 吨 PP 颗粒，FOB 宁波港，1月15日前交货。",
		{ quantity: 10, unit: "吨", port: "宁波", deliveryBy: "2027-01-15" },
	],
	[
		"请报价 LED 灯 1000 个，功率 40W，电压 220V，需要 CE 认证。",
		{ quantity: 1000, unit: "个", catalogueOnly: false },
	],
	["能否先寄样品？我们想测试质量。", { sampleRequest: true }],
	["请发最新报价单", { catalogueOnly: true }],
	[
		"采购 5 柜瓷砖，单价 8 美元/片，CFR 雅加达",
		{ quantity: 5, unit: "柜", targetPrice: 8, currency: "USD", incoterm: "CFR" },
	],
	[
		"订购 200 台空调，2027年3月1日前到货，DAP 拉各斯",
		{ quantity: 200, unit: "台", deliveryBy: "2027-03-01", incoterm: "DAP" },
	],
];

const SPANISH: Row[] = [
	[
		"Necesitamos 5.000 piezas, precio FOB Shanghai, entrega antes del 15 de marzo.",
		{ quantity: 5000, unit: "piezas", incoterm: "FOB", port: "Shanghai", deliveryBy: "2027-03-15" },
	],
	["Por favor envíe su catálogo y lista de precios", { catalogueOnly: true }],
	[
		"Cotización para 300 juegos, precio objetivo 25 dólares, CIF puerto de Manzanillo. ¿Pueden enviar muestras?",
		{
			quantity: 300,
			unit: "juegos",
			targetPrice: 25,
			currency: "USD",
			incoterm: "CIF",
			port: "Manzanillo",
			sampleRequest: true,
		},
	],
	[
		"Queremos comprar 2 contenedores de azulejos, entrega en 6 semanas.",
		{ quantity: 2, unit: "contenedores", deliveryBy: "2027-01-17" },
	],
	[
		"Pedido: 1.200 unidades, especificaciones: acero inoxidable, medidas 30x40 cm",
		{ quantity: 1200, unit: "unidades", catalogueOnly: false },
	],
	["Hola, quisiera el catálogo completo, gracias.", { catalogueOnly: true }],
	[
		"Solicito cotización de 50 toneladas, CFR Callao, precio USD 600 por tonelada.",
		{ quantity: 50, incoterm: "CFR", port: "Callao", targetPrice: 600 },
	],
	["¿Pueden mandar una muestra gratis?", { sampleRequest: true }],
];

const SPAM: Row[] = [
	[
		"Dear Beneficiary, you have won USD 1,500,000 in our lottery. Click here to claim your prize and send your catalogue.",
		{ catalogueOnly: true, quality: 7 },
	],
	[
		"We can put your website on the first page of Google. SEO quote for 3 keywords inside.",
		{ catalogueOnly: true, quality: 7 },
	],
	["恭喜您中奖！点击链接领取，并请发目录。", { catalogueOnly: true, quality: 7 }],
];

describe("inquiry quality read from email words, EN / 中文 / ES", () => {
	const rows = [...ENGLISH, ...CHINESE, ...SPANISH, ...SPAM];
	it("has at least 30 inquiries", () => expect(rows.length).toBeGreaterThanOrEqual(30));
	it.each(rows)("%s", (text, expected) => {
		const summary = read(text);
		expect(summary).not.toBeNull();
		expect(summary).toMatchObject(expected);
		expect(summary?.quality).toBeGreaterThanOrEqual(0);
		expect(summary?.quality).toBeLessThanOrEqual(100);
	});

	it("a specific inquiry is worth more than a bare catalogue request, which is worth more than spam", () => {
		const specific = read(ENGLISH[1]?.[0] ?? "")?.quality ?? 0;
		const catalogue = read("Please send your catalogue.")?.quality ?? 0;
		const spam = read(SPAM[0]?.[0] ?? "")?.quality ?? 0;
		expect(specific).toBeGreaterThan(60);
		expect(catalogue).toBeLessThan(20);
		expect(spam).toBeLessThanOrEqual(catalogue);
	});

	it("ordinary mail and newsletters' small talk are no inquiry at all", () => {
		expect(readInquiry("Hi Lin, thanks for the call yesterday. Talk soon.", { now })).toBeNull();
		expect(readInquiry("   ", { now })).toBeNull();
		expect(readInquiry("周末愉快！", { now })).toBeNull();
	});

	it("an Alibaba inquiry is one whatever it says", () => {
		expect(readInquiry("Hello", { now, isInquiry: true })?.quality).toBe(20);
	});

	it("keeps the words it found, as written", () => {
		const reading = readInquiry("您好，我们需要 3000 套，请报 FOB 深圳价格，并寄两套样品。", { now });
		expect(reading?.found).toEqual(["3000 套", "样品", "FOB 深圳"]);
	});

	it("feeds the scoring signals; spam keeps only its generic mark", () => {
		const reading = readInquiry(ENGLISH[0]?.[0] ?? "", { now });
		expect(reading && inquirySignalsOf(reading)).toMatchObject({
			quantity: 5000,
			incoterm: "FOB",
			port: "Ningbo",
		});
		const spam = readInquiry(SPAM[0]?.[0] ?? "", { now });
		expect(spam && inquirySignalsOf(spam)).toEqual({
			genericRequest: true,
			sampleRequest: false,
			hasSpecifications: false,
		});
	});
});
