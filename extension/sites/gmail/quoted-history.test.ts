import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseContactText } from "../../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../../shared/contact-text/split-signature";
import { stripQuotedReply } from "../../../shared/email/strip-quoted-reply";
import { extractGmailPage } from "./extract-page";

// The HTML replies written per client (tests/fixtures/email/html-replies), as Gmail shows them:
// inside a message body of an opened thread.
const REPLIES = path.resolve(import.meta.dirname, "../../../tests/fixtures/email/html-replies");
const TOOLS = { stripQuotedReply, splitSignature, parseContactText };

function threadWith(html: string): Document {
	const body = html.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/gi, "").replace(/^<!--[\s\S]*?-->/, "");
	return new DOMParser().parseFromString(
		`<title>Re: Inquiry - lily@hengda-tools.com - Gmail</title><div role="main"><h2 class="hP">Re: Inquiry</h2>
		<div class="adn ads h7" data-legacy-message-id="1537f1a2b3c4d503"><div class="gE iv gt">
		<span class="gD" email="omar@gulfstar.ae" name="Omar Haddad">Omar Haddad</span>
		<span class="g3" title="Tue, Mar 15, 2016 at 8:05 PM">Mar 15</span>
		<span class="hb">to <span class="g2" email="lily@hengda-tools.com" name="me">me</span></span></div>
		<div class="ii gt"><div class="a3s">${body}</div></div></div></div>`,
		"text/html",
	);
}

describe("quoted history by structure in Gmail's DOM, client by client", () => {
	for (const file of readdirSync(REPLIES).filter((name) => name.endsWith(".html"))) {
		it(`${file}: the reply and Omar's signature alone; Lily's sign-off stays quoted`, () => {
			const doc = threadWith(readFileSync(path.join(REPLIES, file), "utf8"));
			const capture = extractGmailPage(doc, { url: "https://mail.google.com/mail/u/0/#inbox", tools: TOOLS });
			const message = capture.thread?.messages[0];
			expect(message?.body).toBe("Thanks Lily, we accept USD 2.85/pc. Please send the proforma invoice.");
			expect(message?.quoted).toContain("Hello! How are you?");
			expect(message?.quoted).toContain("Tel: +86 574 8765 4321");
			expect(message?.signature).not.toContain("Lily");
			expect(capture.contacts[0]).toMatchObject({
				email: "omar@gulfstar.ae",
				title: "Purchasing Manager",
				phones: ["+971501234567"],
			});
		});
	}
});
