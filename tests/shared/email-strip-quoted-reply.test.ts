import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { stripQuotedReply } from "../../shared/email/strip-quoted-reply";

// Real replies from mailgun/talon (tests/fixtures/email/talon, Apache-2.0; see PROVENANCE.md).
const TALON = path.join(import.meta.dirname, "../fixtures/email/talon");

async function plainText(file: string): Promise<string> {
	const email = await PostalMime.parse(readFileSync(path.join(TALON, file)));
	return email.text ?? "";
}

/** The raw body of a single-part 7-bit message, exactly as the client wrote it. */
function rawBody(file: string): string {
	const raw = readFileSync(path.join(TALON, file), "latin1").replace(/\r\n/g, "\n");
	return raw.slice(raw.indexOf("\n\n") + 2);
}

describe("stripQuotedReply on talon's real replies with expected text", () => {
	it.each(["iphone", "sparrow"])("%s: the reply equals talon's %s_reply_text", async (name) => {
		const expected = readFileSync(path.join(TALON, `${name}_reply_text`), "utf8").trim();
		expect(stripQuotedReply(await plainText(`${name}.eml`)).reply).toBe(expected);
	});
});

/**
 * For the other fixtures talon gives no expected text; read by hand, each reply is the single
 * line "Hello" above (or, for Thunderbird, below) the quoted history. What is asserted:
 * - android: a Russian two-line header ("02.04.2012 14:20 пользователь … <\n…> написал:") → reply "Hello"
 * - aol, outlook: "-----Original Message-----" / Outlook "From: … Sent: … To: … Subject:" → "Hello"
 * - comcast, yahoo: "----- Original Message -----" → "Hello"
 * - apple_mail, gmail: "On …, bob wrote:" then "> Hi" → "Hello"
 * - apple_mail_2, hotmail: the header itself is ">"-quoted → "Hello"
 * and in every case the quoted part holds the header line and no ">" line or header survives.
 */
const HEADER_OF: Record<string, string> = {
	android: "написал:",
	aol: "-----Original Message-----",
	apple_mail: "On Apr 3, 2012, at 4:19 PM, bob wrote:",
	apple_mail_2: "> On 22 Aug 2015, at 19:21, Adam Renberg <tgwizard@gmail.com> wrote:",
	comcast: "----- Original Message -----",
	gmail: "On Mon, Apr 2, 2012 at 6:26 PM, Megan One <xxx@gmail.com> wrote:",
	hotmail: "> Subject: Test",
	outlook: "From: xxx@xxx.mailgun.org [mailto:xxx@xxx.mailgun.org]",
	yahoo: "----- Original Message -----",
};

describe("stripQuotedReply on talon's other real replies", () => {
	it.each(Object.keys(HEADER_OF))("%s: the reply is 'Hello' and the history is quoted", async (name) => {
		const { reply, quoted } = stripQuotedReply(await plainText(`${name}.eml`));
		expect(reply).toBe("Hello");
		expect(quoted).toContain(HEADER_OF[name]);
		for (const line of reply.split("\n")) {
			expect(line).not.toMatch(/^\s*>|wrote:|написал|Original Message|^(From|Sent|To|Subject):/);
		}
	});

	it("thunderbird: a bottom-posted reply below the quote", () => {
		// postal-mime joins "> Hi " with "Hello" when decoding format=flowed (it ignores the change
		// of quote depth that RFC 3676 §4.5 treats as a hard break), so the 7-bit body is used as written.
		const { reply, quoted } = stripQuotedReply(rawBody("thunderbird.eml"));
		expect(reply).toBe("Hello");
		expect(quoted).toBe("On 04/02/2012 06:26 PM, Megan One wrote:\n> Hi");
	});

	it("covers every talon fixture", () => {
		const names = readdirSync(TALON)
			.filter((file) => file.endsWith(".eml"))
			.map((file) => file.replace(/\.eml$/, ""));
		expect(names.sort()).toEqual([...Object.keys(HEADER_OF), "iphone", "sparrow", "thunderbird"].sort());
	});
});
