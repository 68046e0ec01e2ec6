import { describe, expect, it } from "vitest";
import { selectionCapture } from "./selection-capture";

const URL = "https://www.example-trade-fair.com/exhibitors/123";

describe("capture from a selection on any page", () => {
	it("a Chinese supplier-style contact block: name, company, +86 phone, WeChat", () => {
		const capture = selectionCapture(
			[
				"王丽 | 采购经理",
				"深圳市宏达进出口贸易有限公司",
				"手机：+86 138 0013 8000",
				"微信：wangli_sz",
				"邮箱：wangli@hongda-trade.cn",
			].join("\n"),
			URL,
		);
		expect(capture).toMatchObject({ site: "selection", url: URL, pageKind: "selection" });
		expect(capture.contacts[0]).toMatchObject({
			role: "selection",
			name: "王丽",
			title: "采购经理",
			company: "深圳市宏达进出口贸易有限公司",
			email: "wangli@hongda-trade.cn",
			phones: ["+8613800138000"],
			wechat: "wangli_sz",
			country: "CN",
		});
	});

	it("an Arabic signature with a +971 number and a UAE address", () => {
		const capture = selectionCapture(
			[
				"مع تحياتي،",
				"أحمد خليل النعيمي",
				"Ahmed Khalil Al Nuaimi | Purchasing Manager",
				"Al Noor Building Materials Trading LLC",
				"Tel: +971 2 555 0123 | Mobile: +971 50 123 4567",
				"Email: ahmed@alnoor-trading.ae",
				"P.O. Box 12345, Abu Dhabi, United Arab Emirates",
			].join("\n"),
			URL,
		);
		const contact = capture.contacts[0];
		expect(contact?.email).toBe("ahmed@alnoor-trading.ae");
		expect(contact?.phones).toEqual(expect.arrayContaining(["+97125550123", "+971501234567"]));
		expect(contact?.company).toBe("Al Noor Building Materials Trading LLC");
		expect(contact?.country).toBe("AE");
	});

	it("a Spanish signature with a +52 number and a WhatsApp link", () => {
		const capture = selectionCapture(
			[
				"Saludos cordiales,",
				"Carlos Hernández Ruiz",
				"Gerente de Compras",
				"Iluminación Industrial del Norte S.A. de C.V.",
				"Tel. +52 81 8123 4567",
				"WhatsApp: https://wa.me/5218112345678",
				"www.iluminacion-norte.mx",
			].join("\n"),
			URL,
		);
		expect(capture.contacts[0]).toMatchObject({
			name: "Carlos Hernández Ruiz",
			title: "Gerente de Compras",
			company: "Iluminación Industrial del Norte S.A. de C.V.",
			phones: ["+528181234567"],
			website: "www.iluminacion-norte.mx",
			country: "MX",
		});
		expect(capture.contacts[0]?.whatsapp).toMatch(/^\+52/);
	});

	it("everything is free text: every field has layer text and waits for the user's confirmation", () => {
		const capture = selectionCapture(
			"Camille Dubois\nAcheteuse\ncamille.dubois@petits-pas.fr\n+33 1 42 68 53 00",
			URL,
		);
		const contact = capture.contacts[0];
		if (!contact) throw new Error("no contact");
		const fields = Object.keys(contact.sources);
		expect(fields).toEqual(expect.arrayContaining(["email", "phones"]));
		expect(Object.values(contact.sources).every((source) => source === "text")).toBe(true);
		expect(capture.unconfirmed.sort()).toEqual(fields.map((field) => `contacts.0.${field}`).sort());
	});

	it("Chrome's one-line selectionText still gives the email and the phone", () => {
		const capture = selectionCapture(
			"Sofía Ramírez Castillo Distribuidora Ramírez Castillo S.A. de C.V. sofia@ramirezcastillo.com.mx +52 55 5123 4567",
			URL,
		);
		expect(capture.contacts[0]).toMatchObject({
			email: "sofia@ramirezcastillo.com.mx",
			phones: ["+525551234567"],
		});
	});

	it("a selection without contact details gives no contact", () => {
		expect(selectionCapture("The quick brown fox", URL)).toMatchObject({ contacts: [], unconfirmed: [] });
	});
});
