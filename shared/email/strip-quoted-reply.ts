import { isQuotedLine, startsHistoryBlock, wroteHeaderLength } from "./quote-headers";

/**
 * Splits a plain-text email body into the new reply and the quoted history. Handles top
 * posting (Outlook "From:/Sent:/To:" blocks, "-----Original Message-----", "____" rules, "On …
 * wrote:" headers in several languages), ">"-quoted lines anywhere, and bottom or inline replies
 * below a quote. Signatures ("Sent from my iPhone", "-- ") stay in the reply.
 */
export function stripQuotedReply(text: string): { reply: string; quoted: string } {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const quoted = lines.map(isQuotedLine);
	for (let index = 0; index < lines.length; index++) {
		if (quoted[index]) continue;
		if (startsHistoryBlock(lines, index)) {
			quoted.fill(true, index);
			break;
		}
		const header = wroteHeaderLength(lines, index);
		if (header === 0) continue;
		const after = skipBlank(lines, index + header);
		if (after < lines.length && !quoted[after]) {
			// Quoted without ">" (many mobile and web clients): the rest is the earlier message.
			quoted.fill(true, index);
			break;
		}
		quoted.fill(true, index, after);
		index = after - 1;
	}
	return {
		reply: joinLines(lines.filter((_, index) => !quoted[index])),
		quoted: joinLines(lines.filter((_, index) => quoted[index])),
	};
}

function skipBlank(lines: readonly string[], from: number): number {
	let index = from;
	while (index < lines.length && (lines[index] ?? "").trim() === "") index++;
	return index;
}

function joinLines(lines: readonly string[]): string {
	return lines
		.join("\n")
		.replace(/\n[ \t]*\n(?:[ \t]*\n)+/g, "\n\n")
		.trim();
}
