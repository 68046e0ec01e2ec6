import { countryCode } from "../normalize/country";

// Short all-caps forms people write for a country; other 2–3 letter segments ("CA", "Col",
// "DF") are state or street abbreviations far more often than countries.
const SHORT_FORMS: Readonly<Record<string, string>> = {
	UK: "GB",
	USA: "US",
	"U.S.A.": "US",
	UAE: "AE",
	"U.A.E.": "AE",
	"U.A.E": "AE",
	KSA: "SA",
	PRC: "CN",
	"P.R.C.": "CN",
};

/** The country a segment of an address or a line names on its own ("UAE", "México", "中国"). */
export function countryOfSegment(segment: string): string | null {
	const text = segment
		.trim()
		.replace(/^[\s,.;:-]+|[\s,;:-]+$/g, "")
		.trim();
	if (text === "") return null;
	if (text.length <= 6 && !/\s/.test(text.replace(/\.\s/g, "."))) {
		const short = SHORT_FORMS[text.toUpperCase()];
		if (short !== undefined) return short;
		if (text.replace(/\./g, "").length <= 3) return null;
	}
	if (/\d/.test(text)) return null;
	return countryCode(text);
}

/** The country named in an address: its comma-separated parts, their last words, or a Chinese prefix. */
export function countryOfAddress(address: string): string | null {
	const segments = address.split(/[,，、،;；|]|\s[-–]\s/).map((part) => part.trim());
	for (const segment of segments.reverse()) {
		const whole = countryOfSegment(segment);
		if (whole !== null) return whole;
		const words = segment.replace(/\d+/g, " ").trim().split(/\s+/);
		for (let size = Math.min(4, words.length - 1); size >= 1; size--) {
			const tail = countryOfSegment(words.slice(words.length - size).join(" "));
			if (tail !== null) return tail;
		}
		const han = /^\p{Script=Han}{2,}/u.exec(segment)?.[0] ?? "";
		for (let size = Math.min(8, han.length); size >= 2; size--) {
			const prefix = countryCode(han.slice(0, size));
			if (prefix !== null) return prefix;
		}
	}
	return null;
}

/** The country of a line that is only a place: "United Arab Emirates", "Dubai, UAE", "CDMX, México". */
export function countryOfPlaceLine(line: string): string | null {
	const segments = line.split(/[,，、،;；]|\s[-–]\s/);
	if (segments.length > 3) return null;
	for (const segment of segments.reverse()) {
		const found = countryOfSegment(segment);
		if (found !== null) return found;
	}
	return null;
}
