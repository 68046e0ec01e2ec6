import { historyStartOffset } from "./history-markers";
import { htmlToText } from "./html-to-text";
import { stripQuotedReply } from "./strip-quoted-reply";

interface Split {
	reply: string;
	quoted: string;
}

/**
 * The new reply and the quoted history of a message: by structure first, where the HTML part
 * marks where the history starts (Gmail, Apple Mail, Thunderbird, Outlook, Hotmail, Yahoo,
 * Mail.ru, Yandex), then by text (header blocks, "-----Original Message-----", "On … wrote:",
 * ">" lines). The text part is kept when its own split agrees (it keeps link addresses and the
 * sender's line breaks); when its reply still holds what the HTML marks as history, the HTML
 * split wins.
 */
export function splitReply(text: string | undefined, html: string | undefined): Split {
	const byText = text?.trim() ? stripQuotedReply(text) : null;
	const byHtml = html ? splitHtml(html) : null;
	if (byHtml && (!byText || holdsHistory(byText.reply, byHtml.quoted))) return byHtml;
	return byText ?? { reply: "", quoted: "" };
}

function splitHtml(html: string): Split {
	const start = historyStartOffset(html);
	if (start < 0) return stripQuotedReply(htmlToText(html));
	const byText = stripQuotedReply(htmlToText(html.slice(0, start)));
	const quoted = [byText.quoted, htmlToText(html.slice(start))].filter((part) => part !== "");
	return { reply: byText.reply, quoted: quoted.join("\n\n") };
}

/** Does the reply still hold one of the history's first lines (the text split missed it)? */
function holdsHistory(reply: string, quoted: string): boolean {
	const squash = (value: string) => value.replace(/[\s>]+/g, " ").trim();
	const text = squash(reply);
	const lines = quoted
		.split("\n")
		.map(squash)
		.filter((line) => line.length >= 8);
	return lines.slice(0, 6).some((line) => text.includes(line));
}
