import { describe, expect, it } from "vitest";
import { splitSignature } from "./split-signature";

describe("splitSignature", () => {
	it("splits at the RFC 3676 delimiter", () => {
		expect(splitSignature("Please quote 500 pcs.\n\n-- \nTom Baker\nTel: +44 20 7946 0958")).toEqual({
			body: "Please quote 500 pcs.",
			signature: "Tom Baker\nTel: +44 20 7946 0958",
		});
	});

	it("splits at an English closing followed by contact lines", () => {
		const body = [
			"Hi Lily,",
			"",
			"Please send your best price for 2,000 units, FOB Ningbo.",
			"",
			"Best regards,",
			"Tom Baker",
			"Purchasing Director",
			"Baker Home Supplies Ltd.",
			"M: +44 7911 123456",
		].join("\n");
		expect(splitSignature(body)).toEqual({
			body: "Hi Lily,\n\nPlease send your best price for 2,000 units, FOB Ningbo.",
			signature:
				"Best regards,\nTom Baker\nPurchasing Director\nBaker Home Supplies Ltd.\nM: +44 7911 123456",
		});
	});

	it("keeps 此致 and 敬礼 together in a Chinese signature", () => {
		const body =
			"王先生您好：\n附件是报价单，请查收。\n\n此致\n敬礼！\n王丽\n销售经理\n手机：+86 138 0013 8000";
		expect(splitSignature(body)).toEqual({
			body: "王先生您好：\n附件是报价单，请查收。",
			signature: "此致\n敬礼！\n王丽\n销售经理\n手机：+86 138 0013 8000",
		});
	});

	it.each([
		["Saludos", "Saludos,\nJuan Pérez\nGerente de Compras\nCel. +52 81 1234 5678"],
		["Atentamente", "Atentamente,\nMaría López\nJefa de Compras"],
		["谢谢", "谢谢！\n张伟"],
		["祝好", "祝好\nLily Wang\n微信：lily_wang88"],
		["Thanks", "Thanks\nPriya"],
		["مع تحياتي", "مع تحياتي،\nأحمد المنصوري\nمدير المشتريات"],
	])("splits at %s", (_closing, signature) => {
		expect(splitSignature(`Text of the message.\n\n${signature}`)).toEqual({
			body: "Text of the message.",
			signature,
		});
	});

	it("finds a trailing contact block without a closing", () => {
		const body =
			"Please confirm the order.\n\nAhmed Al Mansoori\nAl Noor General Trading LLC\nMob: +971 50 123 4567";
		expect(splitSignature(body)).toEqual({
			body: "Please confirm the order.",
			signature: "Ahmed Al Mansoori\nAl Noor General Trading LLC\nMob: +971 50 123 4567",
		});
	});

	it("does not split where a closing is followed by more prose", () => {
		const body =
			"Thanks\n\nWe also need the certificate of origin for the last shipment, and the packing list must show net and gross weight per carton, because customs in Jebel Ali asked for it.\nCould you send both by Friday?";
		expect(splitSignature(body)).toEqual({ body, signature: "" });
	});

	it("leaves a message without a signature whole", () => {
		expect(splitSignature("Just checking in.")).toEqual({ body: "Just checking in.", signature: "" });
		expect(splitSignature("")).toEqual({ body: "", signature: "" });
		expect(splitSignature("Best regards,")).toEqual({ body: "Best regards,", signature: "" });
	});

	it.each([
		["a row of dashes", "----------------"],
		["underscores", "______________________________"],
		["an em dash", "—"],
	])("splits under %s when a contact block follows", (_what, separator) => {
		const body = `Order confirmed.\n\n${separator}\nTom Baker\nBaker Home Supplies Ltd.\nT: 020 7946 0958`;
		expect(splitSignature(body).signature).toBe("Tom Baker\nBaker Home Supplies Ltd.\nT: 020 7946 0958");
	});

	it("does not split under a row of dashes followed by prose", () => {
		const body =
			"See the terms below.\n\n----------------\nPayment is due within thirty days of the invoice date, and late payments are charged interest.";
		expect(splitSignature(body).signature).toBe("");
	});

	it.each([
		"Sent from my iPhone",
		"Carlos Méndez via mobile",
		"发自我的手机",
		"Enviado desde mi iPhone",
		"تم الإرسال من iPhone",
	])("'%s' at the bottom is the signature", (line) => {
		expect(splitSignature(`OK, agreed.\n\n${line}`)).toEqual({ body: "OK, agreed.", signature: line });
	});

	it("a last paragraph starting with the sender's name, then contact lines", () => {
		const body = "Please quote.\n\nMike T.\nmike@turnerhomegoods.com\n(555) 346-9947";
		expect(splitSignature(body, { senderName: "Mike Turner" }).signature).toBe(
			"Mike T.\nmike@turnerhomegoods.com\n(555) 346-9947",
		);
	});
});
