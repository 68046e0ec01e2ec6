import { COMPANY_STRONG_PATTERN, COMPANY_WEAK_PATTERN, isClosingLine, TITLE_PATTERN } from "./lexicon";

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
const CONTACT_NOISE = /@|https?:|www\.|\d{3}/i;
const SENTENCE_WORDS =
	/\b(?:i|we|you|our|your|please|will|would|could|can|is|are|was|have|has|this|that|the|for|with|about|if|hello|hi|dear|hola|estimado|nosotros|les)\b/i;

/** Degrees and suffixes after a name: "John E. Doe, Ph.D.", "Ana Ruiz, MBA", "Tom Baker Jr.". */
const DEGREES = /(?:,?\s+(?:ph\.?\s?d|m\.?b\.?a|m\.?sc?|b\.?sc?|m\.?d|p\.?e|cpa|esq|jr|sr|ii|iii)\.?)+$/i;
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|sr|sra|srta|lic|ing|mme|m|herr|frau|السيد|السيدة)\.?\s+/iu;
const NAME_PARTICLES = new Set([
	"de",
	"del",
	"la",
	"las",
	"los",
	"y",
	"van",
	"von",
	"der",
	"den",
	"da",
	"di",
	"du",
	"al",
	"el",
	"bin",
	"bint",
	"ibn",
	"abu",
	"le",
]);
const LATIN_NAME_WORD =
	/^(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}{2,}|\p{Lu}\.?|\p{Lu}[\p{Ll}]+-\p{Lu}[\p{Ll}]+)$/u;
const HAN_TITLE_OR_STOP =
	/(?:经理|經理|总监|主管|公司|谢谢|此致|敬礼|祝好|您好|你好|商祺|顺利|采购|销售|业务|地址|电话|手机|邮箱|微信|部门|部)/u;
const ARABIC_STOP = /(?:شركة|مؤسسة|مدير|تحيات|شكر|هاتف|جوال|العنوان|البريد|الموقع|مع)/u;

/** A short line that reads as a job title and not as a company or a sentence. */
export function isTitleLine(line: string): boolean {
	const text = line.trim();
	if (text === "" || text.length > 70 || CONTACT_NOISE.test(text) || isClosingLine(text)) return false;
	if (COMPANY_STRONG_PATTERN.test(text) || wordCount(text) > 7 || SENTENCE_WORDS.test(text)) return false;
	return TITLE_PATTERN.test(text);
}

/** A short line naming a company: a legal form ("Co., Ltd.", "LLC", "有限公司") or a trade word. */
export function isCompanyLine(line: string): boolean {
	const text = line.trim();
	if (text === "" || text.length > 100 || /@|https?:|www\./i.test(text) || isClosingLine(text)) return false;
	if (wordCount(text) > 12 || /[?？!！。]$/.test(text)) return false;
	if (HAN.test(text) && !ARABIC.test(text) && /[，。！？]/.test(text)) return false;
	if (COMPANY_STRONG_PATTERN.test(text)) return !looksLikeSentence(text);
	if (isTitleLine(text) || !COMPANY_WEAK_PATTERN.test(text)) return false;
	return isTitleCase(text);
}

/** A line that is a person's name as written: Latin, Chinese or Arabic, with an optional honorific. */
export function personName(line: string): string | null {
	const text = line
		.trim()
		.replace(DEGREES, "")
		.replace(/[,，;；.。:：]+$/, "")
		.trim();
	if (text === "" || text.length > 60 || /[@\d/\\|()]/.test(text) || isClosingLine(text)) return null;
	if (isTitleLine(text) || COMPANY_STRONG_PATTERN.test(text)) return null;
	const bare = text.replace(HONORIFIC, "").trim();
	if (bare === "") return null;
	if (HAN.test(bare)) return isHanName(bare) ? bare : null;
	if (ARABIC.test(bare)) return isArabicName(bare) ? bare : null;
	return isLatinName(bare) ? bare : null;
}

/** "王丽", "王丽 Lily", "Lily Wang 王丽": 2–4 Han characters, with at most one Latin name beside them. */
function isHanName(text: string): boolean {
	if (HAN_TITLE_OR_STOP.test(text)) return false;
	const hanRuns = text.match(/\p{Script=Han}+/gu) ?? [];
	if (hanRuns.length !== 1 || (hanRuns[0]?.length ?? 0) < 2 || (hanRuns[0]?.length ?? 0) > 4) return false;
	const latin = text
		.replace(/\p{Script=Han}+/gu, " ")
		.replace(/[()（）]/g, " ")
		.trim();
	return latin === "" || isLatinName(latin);
}

function isArabicName(text: string): boolean {
	if (ARABIC_STOP.test(text)) return false;
	const words = text.split(/\s+/);
	return (
		words.length >= 2 && words.length <= 5 && words.every((word) => /^[\p{Script=Arabic}]+$/u.test(word))
	);
}

function isLatinName(text: string): boolean {
	const words = text.split(/\s+/);
	if (words.length > 5 || SENTENCE_WORDS.test(text)) return false;
	let nameWords = 0;
	for (const word of words) {
		if (NAME_PARTICLES.has(word.toLowerCase())) continue;
		if (!LATIN_NAME_WORD.test(word)) return false;
		nameWords++;
	}
	return nameWords >= 1 && nameWords <= 4;
}

function looksLikeSentence(text: string): boolean {
	return wordCount(text) > 6 && SENTENCE_WORDS.test(text);
}

function isTitleCase(text: string): boolean {
	if (HAN.test(text) || ARABIC.test(text)) return true;
	const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
	const small = /^(?:and|of|the|de|del|la|y|for|&)$/i;
	return words.every((word) => small.test(word) || /^[\p{Lu}\d]/u.test(word));
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter((word) => word !== "").length;
}
