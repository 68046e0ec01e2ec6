const LATIN_CUES =
	/\b(?:street|st|road|rd|avenue|ave|av|boulevard|blvd|lane|ln|drive|highway|hwy|building|bldg|tower|floor|flr|fl|suite|ste|room|rm|unit|block|blk|plaza|industrial|park|estate|district|dist|zone|free zone|p\s?o\s?box|po box|box|zip|postal|calle|avenida|col|colonia|piso|oficina|local|cp|c\s?p|carretera|esquina|delegación|alcaldía|municipio|edificio|parque|fraccionamiento|rue|strasse|straße|str|platz|weg|jebel ali|jafza|dafza)\b\.?/giu;
const HAN_CUES =
	/(?:路|街|道|号|號|楼|樓|室|栋|棟|座|大厦|大廈|广场|廣場|工业区|工業區|工业园|开发区|园区|镇|鎮|村|省|市|区|區|县|縣)/gu;
// Arabic words are matched whole: short cues such as "حي" also occur inside other words.
const ARABIC_CUES =
	/(?<=^|[\s،,])(?:شارع|ص\.?\s?ب|مبنى|برج|الطابق|طابق|مكتب|منطقة|حي|طريق|المنطقة الحرة)(?=$|[\s،,.:])/gu;

/** A line that reads as a postal address: a street, building or district cue with a number, or two cues. */
export function isAddressLine(line: string): boolean {
	const text = line.trim();
	if (text.length < 8 || text.length > 200 || /@|https?:|www\./i.test(text)) return false;
	const cues =
		(text.match(LATIN_CUES)?.length ?? 0) +
		(text.match(HAN_CUES)?.length ?? 0) +
		(text.match(ARABIC_CUES)?.length ?? 0);
	if (cues === 0) return false;
	if (/[?？!！]$/.test(text)) return false;
	const hasNumber = /\d/.test(text);
	return cues >= 2 || (hasNumber && /[,，\s]/.test(text));
}
