import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripQuotedReply } from "./strip-quoted-reply";

// Replies written by us in the shapes of Gmail, Outlook and Foxmail in several languages.
describe("stripQuotedReply header rules", () => {
	it.each([
		["Gmail (en)", "On Tue, Jan 2, 2024 at 10:00 AM John Smith <john@abc.com> wrote:"],
		["Gmail wrapped over two lines", "On Tue, Jan 2, 2024 at 10:00 AM John Smith <\njohn@abc.com> wrote:"],
		["Gmail wrapped over three lines", "On Tue, Jan 2, 2024 at 10:00 AM\nJohn Smith\n<john@abc.com> wrote:"],
		["Gmail (zh_CN)", "在 2024年1月2日周二 10:00，张伟 <zw@abc.com> 写道："],
		["Gmail (zh_TW)", "張偉 <zw@abc.com> 於 2024年1月2日 週二 上午10:00寫道："],
		["Gmail (es)", "El mar, 2 ene 2024 a las 10:00, Juan Pérez (<juan@abc.mx>) escribió:"],
		["Gmail (fr)", "Le mar. 2 janv. 2024 à 10:00, Jean Dupont <jean@abc.fr> a écrit :"],
		["Gmail (de)", "Am Di., 2. Jan. 2024 um 10:00 Uhr schrieb Hans Müller <hans@abc.de>:"],
		["Gmail (pt)", "Em ter., 2 de jan. de 2024 às 10:00, João <joao@abc.br> escreveu:"],
		["Apple Mail", "On 2 Jan 2024, at 10:00, John Smith <john@abc.com> wrote:"],
	])("%s", (_client, header) => {
		const text = `Thanks, confirmed.\n\n${header}\n\n> Please confirm the PI.\n> Regards`;
		expect(stripQuotedReply(text)).toEqual({
			reply: "Thanks, confirmed.",
			quoted: `${header}\n\n> Please confirm the PI.\n> Regards`,
		});
	});

	it.each([
		[
			"Outlook (en)",
			"From: John Smith <john@abc.com>\nSent: Tuesday, January 2, 2024 10:00 AM\nTo: Lily Wang <lily@hq-elec.com>\nSubject: RE: PI 2024-001",
		],
		[
			"Outlook (en) under a rule",
			"________________________________\nFrom: John Smith <john@abc.com>\nSent: Tuesday, January 2, 2024 10:00 AM\nTo: Lily Wang\nSubject: PI",
		],
		[
			"Outlook (es)",
			"De: Juan Pérez <juan@abc.mx>\nEnviado el: martes, 2 de enero de 2024 10:00\nPara: Lily\nAsunto: PI",
		],
		[
			"Outlook (de)",
			"Von: Hans Müller <hans@abc.de>\nGesendet: Dienstag, 2. Januar 2024 10:00\nAn: Lily\nBetreff: PI",
		],
		[
			"Outlook (fr)",
			"De : Jean Dupont <jean@abc.fr>\nEnvoyé : mardi 2 janvier 2024 10:00\nÀ : Lily\nObjet : PI",
		],
		[
			"Outlook / Foxmail (zh)",
			"发件人: 张伟 <zw@abc.com>\n发送时间: 2024年1月2日 10:00\n收件人: lily@hq-elec.com\n主题: 回复: PI",
		],
		[
			"Outlook with bold labels",
			"*From:* John Smith <john@abc.com>\n*Sent:* Tuesday\n*To:* Lily\n*Subject:* PI",
		],
		["Original Message", "-----Original Message-----\nFrom: john@abc.com\nSent: Tuesday"],
		["Foxmail original", '------------------ 原始邮件 ------------------\n发件人: "张伟"<zw@abc.com>'],
	])("%s: everything from the header block on is history", (_client, header) => {
		const text = `Thanks, confirmed.\n\n${header}\n\nPlease confirm the PI.\nRegards`;
		expect(stripQuotedReply(text)).toEqual({
			reply: "Thanks, confirmed.",
			quoted: `${header}\n\nPlease confirm the PI.\nRegards`,
		});
	});

	it("treats an unprefixed quote after an On … wrote: header as history", () => {
		const text = "OK\n\nOn Tue, Jan 2, 2024 at 10:00 AM John <john@abc.com> wrote:\nPlease confirm.\nJohn";
		expect(stripQuotedReply(text).reply).toBe("OK");
	});

	it("keeps inline answers between quoted lines", () => {
		const text = "> Price?\nUSD 2.50 FOB Ningbo.\n> Lead time?\n25 days.";
		expect(stripQuotedReply(text)).toEqual({
			reply: "USD 2.50 FOB Ningbo.\n25 days.",
			quoted: "> Price?\n> Lead time?",
		});
	});

	it("leaves prose that merely mentions writing alone", () => {
		const text = "As I wrote:\nthe price includes the carton.\nFrom: the factory in Ningbo, shipped weekly.";
		expect(stripQuotedReply(text)).toEqual({ reply: text, quoted: "" });
	});

	it("handles empty text and CRLF", () => {
		expect(stripQuotedReply("")).toEqual({ reply: "", quoted: "" });
		expect(stripQuotedReply("Hi\r\n\r\n> old\r\n")).toEqual({ reply: "Hi", quoted: "> old" });
	});
});

describe("stripQuotedReply properties", () => {
	it("splits the lines without losing or inventing any", () => {
		const line = fc.oneof(
			fc.constantFrom(
				"> quoted",
				"On Tue, Jan 2, 2024 at 10:00 AM John <john@abc.com> wrote:",
				"在 2024年1月2日 10:00，张伟 <zw@abc.com> 写道：",
				"-----Original Message-----",
				"From: John <john@abc.com>",
				"Sent: Tuesday",
				"To: Lily",
				"Subject: PI",
				"________________________________",
				"",
				"Best regards,",
			),
			fc.string({ maxLength: 40 }).map((text) => text.replace(/[\r\n]/g, " ")),
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
				const { reply, quoted } = stripQuotedReply(lines.join("\n"));
				const content = (text: string) =>
					text
						.split("\n")
						.map((part) => part.trim())
						.filter((part) => part !== "")
						.sort();
				expect([...content(reply), ...content(quoted)].sort()).toEqual(content(lines.join("\n")));
			}),
			{ numRuns: 300 },
		);
	});
});
