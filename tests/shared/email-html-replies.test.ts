import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseContactText } from "../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../shared/contact-text/split-signature";
import { historyStartOffset } from "../../shared/email/history-markers";
import { splitReply } from "../../shared/email/split-reply";

// HTML replies written by us, one per mail client (see tests/fixtures/email/PROVENANCE.md).
const REPLIES = path.join(import.meta.dirname, "../fixtures/email/html-replies");
const files = readdirSync(REPLIES).filter((file) => file.endsWith(".html"));

const REPLY = [
	"Thanks Lily, we accept USD 2.85/pc. Please send the proforma invoice.",
	"Best regards,",
	"Omar Haddad",
	"Purchasing Manager | Gulf Star Trading LLC",
	"Mob: +971 50 123 4567",
].join("\n");

describe("quoted history in HTML replies, client by client", () => {
	it("covers every client the issue names", () => {
		expect(files.sort()).toEqual([
			"apple-mail.html",
			"gmail.html",
			"header-block-fr-any-order.html",
			"header-block-ru.html",
			"hotmail.html",
			"mail-ru.html",
			"outlook-365-es.html",
			"outlook-desktop-de.html",
			"outlook-web.html",
			"qq-mail-zh.html",
			"thunderbird.html",
			"yahoo.html",
			"yandex.html",
		]);
	});

	for (const file of files) {
		const html = readFileSync(path.join(REPLIES, file), "utf8");

		it(`${file}: the reply alone, the whole history quoted`, () => {
			const { reply, quoted } = splitReply(undefined, html);
			expect(reply.replace(/\n+/g, "\n")).toBe(REPLY);
			expect(quoted).toContain("Hello! How are you?");
			expect(quoted).toContain("Tel: +86 574 8765 4321");
		});

		it(`${file}: the quoted author's sign-off never becomes the sender's signature`, () => {
			const { reply } = splitReply(undefined, html);
			const { signature } = splitSignature(reply);
			const details = parseContactText(signature);
			expect(details.name).toBe("Omar Haddad");
			expect(details.phones).toEqual(["+971501234567"]);
			expect(signature).not.toContain("Lily");
		});

		it(`${file}: the same when the text part (as the client would write it) misses the history`, () => {
			const text = `${REPLY}\n\nHello! How are you?\nOur best price is USD 2.85/pc FOB Ningbo.\n\nBest regards,\nLily Wang`;
			const { reply } = splitReply(text, html);
			expect(reply.replace(/\n+/g, "\n")).toBe(REPLY);
		});
	}
});

describe("history markers by structure", () => {
	it("finds the first marker's tag, whatever the attribute quoting or case", () => {
		expect(historyStartOffset("<p>Hi</p><HR ID=stopSpelling>x")).toBe(9);
		expect(historyStartOffset("<div class='a gmail_quote b'>")).toBe(0);
		expect(historyStartOffset('<div class="gmail_quoted">')).toBe(-1);
		expect(historyStartOffset("<p>No history</p>")).toBe(-1);
	});
});
