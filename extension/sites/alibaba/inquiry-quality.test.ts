import { describe, expect, it } from "vitest";
import type { Facts } from "./facts";
import { inquiryQuality } from "./inquiry-quality";

const values = (facts: Facts) =>
	Object.fromEntries(Object.entries(facts).map(([key, fact]) => [key.replace("inquiry.", ""), fact?.value]));

describe("inquiry quality from the buyer's words", () => {
	it("a specific inquiry: quantity, target price, specifications and incoterm", () => {
		const facts = inquiryQuality(
			"We need 2000 pcs LED panel light 600x600 40W, CE and RoHS. Please quote FOB Shenzhen, target price USD 8.5/pc.",
		);
		expect(values(facts)).toEqual({
			quantity: 2000,
			quantityUnit: "pcs",
			targetPrice: 8.5,
			targetPriceCurrency: "USD",
			incoterm: "FOB",
			hasSpecifications: true,
			sampleRequest: false,
			genericRequest: false,
		});
		expect(Object.values(facts).every((fact) => fact?.source === "text")).toBe(true);
	});

	it("a bare catalogue or price-list request is generic, in several languages", () => {
		for (const text of [
			"Hi, please send me your catalogue and price list. Thanks",
			"Hello, send me your best price",
			"Por favor envíe su catálogo y lista de precios",
			"Bonjour, merci de m'envoyer votre catalogue",
			"请发产品目录和价格表",
			"أرجو إرسال كتالوج المنتجات",
		]) {
			expect(values(inquiryQuality(text)).genericRequest, text).toBe(true);
		}
	});

	it("a catalogue request with a quantity is not generic", () => {
		expect(values(inquiryQuality("Send your catalogue; we need 500 sets for a hotel")).genericRequest).toBe(
			false,
		);
	});

	it("reads a sample request, Spanish quantities and C&F", () => {
		const facts = values(
			inquiryQuality("Necesitamos 300 piezas, precio C&F Manzanillo. ¿Pueden enviar muestras?"),
		);
		expect(facts).toMatchObject({
			quantity: 300,
			quantityUnit: "piezas",
			incoterm: "CFR",
			sampleRequest: true,
		});
	});

	it("says nothing about an empty message", () => {
		expect(inquiryQuality("  ")).toEqual({});
	});
});
