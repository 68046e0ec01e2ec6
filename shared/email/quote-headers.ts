/**
 * Lines that introduce quoted history in a reply, as mail clients write them in English,
 * Chinese, Spanish, French, German, Portuguese, Italian, Dutch and Russian.
 */

/** "-----Original Message-----" and its translations: everything below is history. */
const ORIGINAL_MESSAGE =
	/^\s*-{2,}\s*(?:original message|mensaje original|message d'origine|ursprüngliche nachricht|originalnachricht|mensagem original|messaggio originale|oorspronkelijk bericht|原始邮件|原始郵件|исходное сообщение|forwarded message|mensaje reenviado)\s*-{2,}\s*$/i;

/** Outlook's rule above the header block of the message it quotes. */
const UNDERSCORE_RULE = /^\s*_{20,}\s*$/;

const FROM_LABEL =
	/^\s*[*>]?\s*\*?(?:from|de|von|van|da|från|fra|od|от|发件人|發件人|寄件者|差出人|보낸 사람)\s*\*?\s*[:：]/i;
const HEADER_LABEL =
	/^\s*[*>]?\s*\*?(?:sent|date|to|cc|subject|enviado(?: el)?|fecha|para|asunto|gesendet|datum|an|betreff|envoyé|à|objet|cc|enviada em|assunto|inviato|oggetto|verzonden|aan|onderwerp|отправлено|кому|тема|发送时间|發送時間|时间|日期|收件人|收件者|主题|主題|主旨|抄送|副本|寄件日期|送信日時|宛先|件名)\s*\*?\s*[:：]/i;

const SUBJECT_LABEL =
	/^\s*[*>]?\s*\*?(?:subject|asunto|betreff|objet|assunto|oggetto|onderwerp|тема|主题|主題|主旨|件名)\s*\*?\s*[:：]/i;

/** How a "… wrote:" header ends, in the languages above (checked on the header's last line). */
const WROTE_END =
	/(?:wrote|a écrit|escribió|escreveu|ha scritto|schreef|skrev|kirjoitti|napisał\(a\)|napisał|napisala|написал\(а\)|написала|написал|schrieb(?:[^:]{0,120})?|写道|寫道|작성|のメッセージ)\s*[:：]\s*$/iu;
/** How such a header starts: "On", "Le", "El", "Am", "Em", "Il", "Op", "Den", "在", or a date. */
const WROTE_START = /^\s*(?:on|le|el|am|em|il|op|den|w dniu|dnia|在)\s|^\s*在|^\s*\d|^\s*\S.{0,80}\d/iu;

/**
 * A header without a verb: a time, then the author's address, then a colon (Yandex
 * "14.03.2016, 15:40, "Lily Wang" <lily@…>:", Mail.ru "… 15:40 +03:00 от Lily Wang <lily@…>:",
 * Gmail 2016 in Chinese "2016-03-14 9:12 GMT+08:00 Lily Wang <lily@…>:").
 */
const DATED_ATTRIBUTION = /\d{1,2}:\d{2}\b.*<[^<>\s@]+@[^<>\s]+>\s*[:：]\s*$/u;
/** Such a header starts with its date or time, never with the line above it. */
const TIME = /\d{1,2}:\d{2}\b/;

const MAX_HEADER_LINES = 4;

/** True when everything from this line on is a quoted earlier message (Outlook styles). */
export function startsHistoryBlock(lines: readonly string[], index: number): boolean {
	const line = lines[index] ?? "";
	if (ORIGINAL_MESSAGE.test(line)) return true;
	if (UNDERSCORE_RULE.test(line)) return isHeaderBlock(lines, nextNonEmpty(lines, index + 1));
	return isHeaderBlock(lines, index);
}

/**
 * A header block of the quoted message: from this line, at least two different From / Sent /
 * Date / To / Cc / Subject lines (or translations) in any order (Outlook: From, Sent, To,
 * Subject; Hotmail: Date, Subject, From, To), a wrapped line allowed between them, with an
 * address or a Subject line among them ("From: Ningbo / To: Dubai" in a shipping note is not).
 */
function isHeaderBlock(lines: readonly string[], index: number): boolean {
	if (index < 0 || headerLabel(lines[index] ?? "") === null) return false;
	const labels = new Set<string>();
	let evidence = false;
	let unlabelled = 0;
	for (let next = index; next < Math.min(lines.length, index + 10); next++) {
		const line = lines[next] ?? "";
		const label = headerLabel(line);
		if (label === null) {
			if (line.trim() === "" || ++unlabelled > 1) break;
			continue;
		}
		unlabelled = 0;
		labels.add(label);
		evidence ||= line.includes("@") || SUBJECT_LABEL.test(line);
	}
	return labels.size >= 2 && evidence;
}

/** The label of a header line ("from", "sent" …, lower case), or null. */
function headerLabel(line: string): string | null {
	const match = FROM_LABEL.exec(line) ?? HEADER_LABEL.exec(line);
	if (!match) return null;
	return line
		.slice(0, match[0].length)
		.replace(/[\s*>:：]/g, "")
		.toLowerCase();
}

/**
 * The number of lines (1–4) of an "On … wrote:" style header starting at this line, or 0.
 * Clients wrap long headers ("On Tue, … John Smith <\njohn@abc.com> wrote:").
 */
export function wroteHeaderLength(lines: readonly string[], index: number): number {
	const first = lines[index] ?? "";
	if (first.trim() === "" || first.trimStart().startsWith(">") || !WROTE_START.test(first)) return 0;
	for (let size = 1; size <= MAX_HEADER_LINES && index + size <= lines.length; size++) {
		const last = lines[index + size - 1] ?? "";
		if (size > 1 && (last.trim() === "" || last.trimStart().startsWith(">"))) return 0;
		const joined = lines.slice(index, index + size).join(" ");
		if (joined.length > 400) return 0;
		if ((WROTE_END.test(last) && /\d|@/.test(joined)) || (TIME.test(first) && DATED_ATTRIBUTION.test(joined)))
			return size;
	}
	return 0;
}

export function isQuotedLine(line: string): boolean {
	return /^\s*>/.test(line);
}

function nextNonEmpty(lines: readonly string[], from: number): number {
	for (let index = from; index < lines.length && index < from + 3; index++) {
		if ((lines[index] ?? "").trim() !== "") return index;
	}
	return -1;
}
