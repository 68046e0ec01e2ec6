import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCaptureRequest, draftFromContact } from "../../shared/capture/capture-request";
import { parseContactText } from "../../shared/contact-text/parse-contact-text";
import { parseEml } from "../../shared/email/parse-eml";

// Signed emails written by us, one per shape people sign in (tests/fixtures/email/PROVENANCE.md).
const SIGNED = path.join(import.meta.dirname, "../fixtures/email/signed");

async function read(file: string) {
	const capture = await parseEml(new Uint8Array(readFileSync(path.join(SIGNED, file))));
	const message = capture.thread?.messages[0];
	const sender = capture.contacts[0];
	if (!message || !sender) throw new Error(`nothing read from ${file}`);
	const { role: _role, sources: _sources, masked: _masked, ...contact } = sender;
	return { message, contact };
}

describe("signatures as people write them", () => {
	it("a name followed by 'via mobile' (Spanish name)", async () => {
		const { message } = await read("via-mobile-es.eml");
		expect(message.body).toBe("OK, please send two samples to our Bogotá office.");
		expect(message.signature).toBe("Carlos Méndez via mobile");
	});

	it("'Enviado desde mi iPhone' alone", async () => {
		const { message } = await read("sent-from-iphone-es.eml");
		expect(message.body).toBe("Perfecto, confirmamos el pedido de 1.000 piezas.");
		expect(message.signature).toBe("Enviado desde mi iPhone");
	});

	it("a name, an email, a phone without country code and a website (English name, .com: kept as written)", async () => {
		const { message, contact } = await read("name-email-phone-web-en.eml");
		expect(message.body).toBe("Hi Lily,\n\nPlease quote 500 pcs of the 600x600 panel, delivered to Chicago.");
		expect(message.signature).toBe(
			"Mike Turner\nmike@turnerhomegoods.com\n(555) 346-9947\nwww.turnerhomegoods.com",
		);
		expect(contact).toMatchObject({
			name: "Mike Turner",
			website: "www.turnerhomegoods.com",
			phones: [],
			phonesAsWritten: ["(555) 346-9947"],
		});
		// It reaches the capture request as written (the API keeps it so, or reads it in the team's country).
		const request = buildCaptureRequest(
			null,
			draftFromContact({ ...contact, role: "sender", masked: {}, sources: {} }),
		);
		expect(request.contact).toMatchObject({ phoneAsWritten: "(555) 346-9947" });
		expect(request.contact.phone).toBeUndefined();
		expect(
			parseContactText(message.signature, { senderEmail: "mike@turnerhomegoods.com" }).phonesAsWritten,
		).toEqual(["(555) 346-9947"]);
		// With the team's default country, a number written the same way is read in that country.
		expect(parseContactText("Mike Turner\n(202) 456-1414", { defaultCountry: "US" }).phones).toEqual([
			"+12024561414",
		]);
	});

	it("a title block: name with a degree, title, organisation, email, website", async () => {
		const { message, contact } = await read("title-block-en.eml");
		expect(message.signature.split("\n")[0]).toBe("John E. Doe, Ph.D.");
		expect(contact).toMatchObject({
			name: "John E. Doe",
			title: "President",
			company: "Xxx Research",
			website: "www.xxxresearch.com",
		});
	});

	it("a block under a row of dashes (Arabic name, .ae domain: the local mobile becomes +971)", async () => {
		const { message, contact } = await read("dashes-block-ar.eml");
		expect(message.body).toBe("Dear Lily,\n\nPlease send the proforma invoice for 2,000 pcs, CIF Jebel Ali.");
		expect(contact).toMatchObject({
			name: "أحمد المنصوري",
			title: "Purchasing Manager",
			company: "Al Noor General Trading LLC",
			phones: ["+971501234567"],
			country: "AE",
		});
	});

	it("a block under a line of underscores (.co.uk: the London number becomes +44)", async () => {
		const { message, contact } = await read("underscores-en.eml");
		expect(message.body).toBe("Hi Lily, the order is confirmed.");
		expect(contact).toMatchObject({ title: "Purchasing Director", phones: ["+442079460958"], country: "GB" });
	});

	it("a block under an em dash (Spanish name, .com.mx: the mobile becomes +52)", async () => {
		const { contact } = await read("em-dash-es.eml");
		expect(contact).toMatchObject({
			name: "Juan Pérez",
			title: "Gerente de Compras",
			company: "Distribuidora Norte S.A. de C.V.",
			phones: ["+528112345678"],
		});
	});

	it("a bilingual Chinese block (电话/手机/微信/地址): the address implies China", async () => {
		const { message, contact } = await read("bilingual-zh.eml");
		expect(message.body).toBe("李小姐：\n\n收到报价，谢谢。我们下周确认订单。");
		expect(contact).toMatchObject({
			name: "王强",
			title: "采购经理",
			company: "上海明达贸易有限公司",
			phones: ["+862162345678", "+8613800138000"],
			wechat: "wq_mingda",
			country: "CN",
		});
	});
});
