import { describe, expect, it } from "vitest";
import { hasBulkHeaders, isBulkSender, mentionsUnsubscribe } from "./bulk-mail";
import { isNeverLead, ownAccountOf } from "./never-a-lead";

describe("bulk and marketing mail", () => {
	it.each([
		"email@engage.redhat.com",
		"news@e.brand.com",
		"hello@email.shop.co.uk",
		"offers@promo.example.com",
		"bounce-123@mcsv.net",
		"x@bnc3.mailjet.com",
		"campaign@sendgrid.net",
		"abc@amazonses.com",
	])("%s is a bulk sender", (email) => {
		expect(isBulkSender(email)).toBe(true);
	});

	it.each([
		"m.alfarsi@gulf-trading.ae",
		"li@sales.acme.co.uk",
		"email@acme.com",
		"news@acme.com",
		"buyer@gmail.com",
	])("%s is not (a person can be news@ or email@ on the company's own domain)", (email) => {
		expect(isBulkSender(email)).toBe(false);
	});

	it.each([
		"Unsubscribe",
		"click here to unsubscribe from these emails",
		"退订",
		"如不想再收到此类邮件，请点击取消订阅",
		"取消訂閱",
		"Newsletter abbestellen",
		"Se désabonner",
		"Darse de baja",
		"Cancelar suscripción",
		"Отписаться от рассылки",
		"配信停止はこちら",
		"Opt-out",
	])("%s offers to unsubscribe", (text) => {
		expect(mentionsUnsubscribe(text)).toBe(true);
	});

	it.each(["Please quote FOB Ningbo", "订购 3000 套，请报价", "", undefined])("%s does not", (text) => {
		expect(mentionsUnsubscribe(text)).toBe(false);
	});

	it("reads list headers in any case", () => {
		expect(hasBulkHeaders([{ key: "List-Unsubscribe", value: "<mailto:u@x.com>" }])).toBe(true);
		expect(hasBulkHeaders([{ key: "list-id", value: "<news.x.com>" }])).toBe(true);
		expect(hasBulkHeaders([{ key: "Precedence", value: "bulk" }])).toBe(true);
		expect(hasBulkHeaders([{ key: "Precedence", value: "first-class" }])).toBe(false);
		expect(hasBulkHeaders([{ key: "Subject", value: "unsubscribe" }])).toBe(false);
	});
});

describe("isNeverLead", () => {
	const own = ownAccountOf(["ann@acme.com", "ann.private@gmail.com"]);

	it("knows the member, colleagues, machines and bulk mail", () => {
		expect(own.domains).toEqual(["acme.com"]);
		expect(isNeverLead("ann@acme.com", own)).toBe(true);
		expect(isNeverLead("bob@sales.acme.com", own)).toBe(true);
		expect(isNeverLead("no-reply@shop.com", own)).toBe(true);
		expect(isNeverLead("feedback@service.alibaba.com", own)).toBe(true);
		expect(isNeverLead("email@engage.redhat.com", own)).toBe(true);
		expect(isNeverLead("m.alfarsi@gulf-trading.ae", own, { bulk: true })).toBe(true);
	});

	it("offers real buyers, free-mail ones too (a member on gmail.com has no colleagues there)", () => {
		expect(isNeverLead("m.alfarsi@gulf-trading.ae", own)).toBe(false);
		expect(isNeverLead("buyer@gmail.com", own)).toBe(false);
		expect(isNeverLead("c@outlook.fr", ownAccountOf(["me@outlook.fr"]))).toBe(false);
		expect(isNeverLead("someone@notacme.com", own)).toBe(false);
	});
});
