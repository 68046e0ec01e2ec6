import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEml } from "../../shared/email/parse-eml";
import { pageCaptureSchema } from "../../shared/schema/page-capture";

// Real messages from mikel/mail, nodemailer/mailparser and mailgun/talon (see PROVENANCE.md).
const FIXTURES = path.join(import.meta.dirname, "../fixtures/email");

/** The file's bytes as an ArrayBuffer of its own (Node pools small files into one buffer). */
function bytes(file: string): ArrayBuffer {
	const buffer = readFileSync(path.join(FIXTURES, file));
	return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

async function parse(file: string) {
	const capture = await parseEml(bytes(file));
	expect(pageCaptureSchema.parse(capture)).toEqual(capture);
	const message = capture.thread?.messages[0];
	if (message === undefined) throw new Error(`no message in ${file}`);
	return { capture, message };
}

describe("parseEml decodes names, subjects and bodies in other charsets", () => {
	// Expected text checked independently with Python's email package and codecs.
	it("UTF-8 encoded words in subject and To name (japanese.eml)", async () => {
		const { capture, message } = await parse("mikel-mail/multi_charset/japanese.eml");
		expect(capture.thread?.subject).toBe("まみむめも");
		expect(message.fromName).toBe("Mikel Lindsaar");
		expect(message.fromEmail).toBe("raasdnil@gmail.com");
		expect(message.body).toBe("かきくえこ");
		expect(message.signature).toBe("http://lindsaar.net/\nRails, RSpec and Life blog....");
	});

	it("an ISO-2022-JP body (japanese_iso_2022.eml)", async () => {
		const { capture, message } = await parse("mikel-mail/multi_charset/japanese_iso_2022.eml");
		expect(capture.thread?.subject).toBe("まみむめも");
		expect(message.body).toBe("すみません。");
	});

	it("a Shift_JIS body (japanese_shift_jis.eml)", async () => {
		const { message } = await parse("mikel-mail/multi_charset/japanese_shift_jis.eml");
		expect(message.body.split("\n")[0]).toBe("あいうえお");
		expect(message.body).toContain("このメールはテスト用のメールです。");
		expect(message.fromEmail).toBe("xxxxxxx@docomo.ne.jp");
	});

	it("a ks_c_5601-1987 (Korean) body", async () => {
		const { message } = await parse("mikel-mail/multi_charset/ks_c_5601-1987.eml");
		expect(message.body).toBe("스티해");
		expect(message.date).toBe("2014-05-28T08:18:19.000Z");
		expect(message.id).toBe("from@example.com");
	});

	it("a long subject folded over several encoded words", async () => {
		const { capture } = await parse("mikel-mail/multi_charset/japanese_attachment_long_name.eml");
		expect(capture.thread?.subject).toBe("まみむめも".repeat(10));
	});

	it("a unicode subject and a plus address (nodemailer.eml)", async () => {
		const { capture, message } = await parse("mailparser/nodemailer.eml");
		expect(capture.thread?.subject).toBe("Nodemailer is unicode friendly ✔ (1476358788189)");
		expect(message.to).toEqual(["andris+123@kreata.ee", "andris.reinman@gmail.com"]);
		expect(capture.contacts.map((contact) => [contact.role, contact.name, contact.email])).toEqual([
			["sender", "Andris Kreata", "andris@kreata.ee"],
			["recipient", "Andris Reinman", "andris+123@kreata.ee"],
			["recipient", undefined, "andris.reinman@gmail.com"],
		]);
	});

	it("a quoted display name (spam.eml)", async () => {
		const { message } = await parse("mailparser/spam.eml");
		expect(message.fromName).toBe("Matilda Klein");
		expect(message.date).toBe("2015-11-24T00:35:26.000Z");
	});
});

describe("parseEml on awkward headers", () => {
	it("an @ inside a display name stays a name", async () => {
		const { message, capture } = await parse("mikel-mail/plain_emails/raw_email_with_at_display_name.eml");
		expect(message.to).toEqual(["smith@gmail.com", "raasdnil@gmail.com", "tom@gmail.com"]);
		expect(capture.contacts.find((contact) => contact.email === "raasdnil@gmail.com")?.name).toBe(
			"Mikel@Lindsaar",
		);
		expect(message.fromName).toBe("Mikel Lindsaar");
		expect(message.body).toBe("Plain email.\n\nHope it works well!\n\nMikel");
	});

	it("two bare addresses in From give an address and no name", async () => {
		const { message } = await parse("mikel-mail/plain_emails/raw_email_multiple_from.eml");
		expect(message.fromName).toBeUndefined();
		expect(message.fromEmail).toMatch(/@powerupdev\.com$/);
	});

	it.each([
		"mikel-mail/plain_emails/raw_email_with_bad_date.eml",
		"mikel-mail/error_emails/bad_date_header.eml",
		"mikel-mail/error_emails/bad_date_header2.eml",
	])("an unreadable date gives no date (%s)", async (file) => {
		const { message } = await parse(file);
		expect(message.date).toBeUndefined();
	});

	it("every malformed message in error_emails parses without throwing", async () => {
		const files = readdirSync(path.join(FIXTURES, "mikel-mail/error_emails"));
		expect(files.length).toBeGreaterThan(20);
		for (const file of files) {
			const { capture } = await parse(`mikel-mail/error_emails/${file}`);
			expect(capture.site).toBe("eml");
			expect(capture.pageKind).toBe("message");
		}
	});

	it("a message without Message-ID gets a stable content hash as id", async () => {
		const first = await parse("talon/outlook.eml");
		const second = await parse("talon/outlook.eml");
		expect(first.capture.thread?.id).toMatch(/^sha256:[0-9a-f]{64}$/);
		expect(second.capture.thread?.id).toBe(first.capture.thread?.id);
		expect(first.message.body).toBe("Hello");
		expect(first.message.quoted).toMatch(/^From: xxx@xxx\.mailgun\.org/);
	});
});

describe("parseEml splits the reply, history and signature", () => {
	it("talon sparrow.eml: reply, '-- ' signature and quoted history apart", async () => {
		const { capture, message } = await parse("talon/sparrow.eml");
		expect(capture.thread?.id).toBe("5BB86EF4B6E24E4C9DA4BBEF59DA9809@gmail.com");
		expect(capture.url).toBe("mid:5BB86EF4B6E24E4C9DA4BBEF59DA9809%40gmail.com");
		expect(message.body).toBe("Hello");
		expect(message.signature).toBe("xxx\nSent with Sparrow (http://www.sparrowmailapp.com/?sig)");
		expect(message.quoted).toMatch(/^On Tuesday, April 3, 2012 at 4:55 PM, xxx wrote:/);
		expect(message.date).toBe("2012-04-03T12:58:35.000Z");
	});

	it("a buyer's inquiry written by us: sender details from the signature, marked unconfirmed", async () => {
		const raw = [
			"From: =?UTF-8?B?2KPYrdmF2K8g2KfZhNmF2YbYtdmI2LHZig==?= <Ahmed@AlNoor.ae>",
			"To: Lily Wang <lily@hq-elec.com>",
			"Cc: purchasing@alnoor.ae",
			"Subject: =?UTF-8?Q?RFQ:_LED_panels_=E2=80=93_2,000_pcs?=",
			"Date: Tue, 02 Jan 2024 10:00:00 +0400",
			"Message-ID: <rfq-2024-001@alnoor.ae>",
			"Content-Type: text/plain; charset=utf-8",
			"",
			"Dear Lily,",
			"",
			"Please quote 2,000 pcs of 600x600 LED panels, CIF Jebel Ali.",
			"",
			"Best regards,",
			"Ahmed Al Mansoori",
			"Purchasing Manager",
			"Al Noor General Trading LLC",
			"Mob/WhatsApp: +971 50 123 4567",
			"Dubai, UAE",
			"",
			"On Mon, Jan 1, 2024 at 9:00 AM Lily Wang <lily@hq-elec.com> wrote:",
			"> Dear Ahmed, happy new year!",
		].join("\r\n");
		const capture = await parseEml(raw);
		const message = capture.thread?.messages[0];
		expect(capture.thread?.subject).toBe("RFQ: LED panels – 2,000 pcs");
		expect(message).toMatchObject({
			id: "rfq-2024-001@alnoor.ae",
			fromName: "أحمد المنصوري",
			fromEmail: "ahmed@alnoor.ae",
			to: ["lily@hq-elec.com"],
			cc: ["purchasing@alnoor.ae"],
			date: "2024-01-02T06:00:00.000Z",
			body: "Dear Lily,\n\nPlease quote 2,000 pcs of 600x600 LED panels, CIF Jebel Ali.",
			quoted:
				"On Mon, Jan 1, 2024 at 9:00 AM Lily Wang <lily@hq-elec.com> wrote:\n> Dear Ahmed, happy new year!",
		});
		expect(message?.signature).toMatch(/^Best regards,\nAhmed Al Mansoori\n/);
		expect(capture.contacts[0]).toMatchObject({
			role: "sender",
			name: "أحمد المنصوري",
			email: "ahmed@alnoor.ae",
			title: "Purchasing Manager",
			company: "Al Noor General Trading LLC",
			phones: ["+971501234567"],
			whatsapp: "+971501234567",
			country: "AE",
			sources: { name: "attribute", email: "attribute", phones: "text", company: "text" },
		});
		expect(capture.contacts.slice(1).map((contact) => contact.email)).toEqual([
			"lily@hq-elec.com",
			"purchasing@alnoor.ae",
		]);
		expect(capture.unconfirmed).toEqual(
			expect.arrayContaining([
				"contacts.0.phones",
				"contacts.0.title",
				"contacts.0.company",
				"contacts.0.country",
			]),
		);
		expect(capture.unconfirmed).not.toContain("contacts.0.email");
	});

	it("reads an HTML-only message as text", async () => {
		const raw =
			"From: a@b.com\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hi &amp; welcome</p><blockquote>old</blockquote>";
		const { body, quoted } = (await parseEml(raw)).thread?.messages[0] ?? {};
		expect(body).toBe("Hi & welcome");
		expect(quoted).toBe("> old");
	});
});
