import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text";

describe("htmlToText", () => {
	it("keeps line structure and decodes entities", () => {
		const html =
			"<html><head><style>p{}</style></head><body><p>Dear Lily,</p><div>Price &amp; terms:<br>USD&nbsp;2.50 &lt;FOB&gt; &#x2714; &#8364;</div></body></html>";
		expect(htmlToText(html)).toBe("Dear Lily,\n\nPrice & terms:\nUSD 2.50 <FOB> ✔ €");
	});

	it("turns blockquotes into > lines and drops scripts and comments", () => {
		const html =
			"Yes<script>alert(1)</script><!-- x --><blockquote>Can you ship in May?<br>John</blockquote>";
		expect(htmlToText(html)).toBe("Yes\n> Can you ship in May?\n> John");
	});

	it("leaves unknown entities as written", () => {
		expect(htmlToText("a &bogus; b &#0; c")).toBe("a &bogus; b &#0; c");
	});
});
