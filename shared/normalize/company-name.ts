/**
 * A key for comparing company names: "Shenzhen ABC Electronics Co., Ltd." and
 * "SHENZHEN ABC ELECTRONICS CO LTD" give the same key. Lower-case, accents removed, legal-form
 * suffixes (Co., Ltd., LLC, GmbH, S.A. de C.V., 有限公司 …) and punctuation stripped.
 */
export function companyNameKey(name: string): string {
	let tokens = tokenize(name);
	let changed = true;
	while (changed && tokens.length > 1) {
		changed = false;
		for (const suffix of LEGAL_SUFFIXES) {
			if (endsWith(tokens, suffix) && tokens.length > suffix.length) {
				tokens = tokens.slice(0, tokens.length - suffix.length);
				changed = true;
			}
		}
	}
	if (tokens[0] === "the" && tokens.length > 1) tokens = tokens.slice(1);
	return tokens.join(" ");
}

// Written as they look after tokenize(): dots dropped, other punctuation a space.
const LEGAL_SUFFIX_TEXT = [
	"co ltd",
	"co limited",
	"company limited",
	"company ltd",
	"pvt ltd",
	"private limited",
	"pty ltd",
	"pte ltd",
	"sdn bhd",
	"limited",
	"ltd",
	"llc",
	"l l c",
	"llp",
	"plc",
	"inc",
	"incorporated",
	"corp",
	"corporation",
	"company",
	"co",
	"gmbh",
	"gmbh co kg",
	"gmbh and co kg",
	"ag",
	"kg",
	"ug",
	"e k",
	"sa de cv",
	"s a de c v",
	"sapi de cv",
	"s de rl de cv",
	"s de rl",
	"sa",
	"s a",
	"sl",
	"s l",
	"sas",
	"sarl",
	"srl",
	"s r l",
	"spa",
	"s p a",
	"ltda",
	"eireli",
	"bv",
	"b v",
	"nv",
	"n v",
	"oy",
	"ab",
	"as",
	"a s",
	"aps",
	"kft",
	"sp z o o",
	"ooo",
	"ооо",
	"zao",
	"oao",
	"jsc",
	"fze",
	"fzco",
	"fz llc",
	"fzc",
	"fzllc",
	"est",
	"establishment",
	"wll",
	"w l l",
	"tic ltd sti",
	"ltd sti",
	"株式会社",
	"有限会社",
	"股份有限公司",
	"有限责任公司",
	"有限責任公司",
	"有限公司",
	"公司",
	"㈜",
	"주식회사",
	"شركة",
	"ش م م",
	"ذ م م",
];
const LEGAL_SUFFIXES: readonly string[][] = LEGAL_SUFFIX_TEXT.map((text) => simplify(text).split(" "))
	// Longest first, so "co ltd" is removed whole before "ltd" alone.
	.sort((a, b) => b.length - a.length);

const CJK_SUFFIXES = ["股份有限公司", "有限责任公司", "有限責任公司", "有限公司", "株式会社", "公司"];

function tokenize(name: string): string[] {
	let text = simplify(name);
	// CJK names have no spaces: split the legal form off so it can be matched as a token.
	for (const suffix of CJK_SUFFIXES) {
		if (text.endsWith(suffix) && text.length > suffix.length && !text.endsWith(` ${suffix}`)) {
			text = `${text.slice(0, -suffix.length)} ${suffix}`;
			break;
		}
	}
	return text === "" ? [] : text.split(" ");
}

/** Lower-case, accents dropped (Hangul recomposed), dots dropped, other punctuation a space. */
function simplify(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/\p{M}/gu, "")
		.normalize("NFC")
		.toLowerCase()
		.replace(/&/g, " and ")
		.replace(/[.'’`]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, " ")
		.trim();
}

function endsWith(tokens: readonly string[], suffix: readonly string[]): boolean {
	const offset = tokens.length - suffix.length;
	if (offset < 0) return false;
	return suffix.every((token, index) => tokens[offset + index] === token);
}
