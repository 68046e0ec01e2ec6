const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: "&",
	lt: "<",
	gt: ">",
	quot: '"',
	apos: "'",
	nbsp: " ",
	copy: "©",
	reg: "®",
	hellip: "…",
	mdash: "—",
	ndash: "–",
	lsquo: "‘",
	rsquo: "’",
	ldquo: "“",
	rdquo: "”",
};

/**
 * Plain text of an HTML mail part, without a DOM (runs in workers): scripts and styles dropped,
 * block ends and <br> as newlines, blockquotes as ">" lines, entities decoded. Never evaluated
 * as HTML anywhere: the result is text.
 */
export function htmlToText(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, "")
		.replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, "")
		.replace(/<br\s*\/?>/gi, "\n")
		.replace(/<blockquote\b[^>]*>([\s\S]*?)<\/blockquote\s*>/gi, (_match, inner: string) => quoteBlock(inner))
		.replace(/<\/(?:p|div|tr|li|h[1-6]|table|ul|ol|pre|address)\s*>/gi, "\n")
		.replace(/<(?:p|div|tr|li|h[1-6]|table|ul|ol|pre|address)\b[^>]*>/gi, "\n")
		.replace(/<[^>]+>/g, "");
	return decodeEntities(text)
		.replace(/[ \t\u00a0]+\n/g, "\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}

function quoteBlock(inner: string): string {
	const text = htmlToText(inner);
	return `\n${text
		.split("\n")
		.map((line) => `> ${line}`)
		.join("\n")}\n`;
}

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
		if (body.startsWith("#")) {
			const code =
				body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
			return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
		}
		return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
	});
}
