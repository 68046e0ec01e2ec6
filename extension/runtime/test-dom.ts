/** Test helper: put parsed markup into the body without HTML-string setters (the conventions test bans them). */
export function setBody(html: string): void {
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
	document.body.replaceChildren(...parsed.body.childNodes);
}
