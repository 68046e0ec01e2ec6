import type { FieldKind } from "./types";

/**
 * Field labels as they appear in signatures (English, Chinese, Spanish, Arabic, French, German).
 * Longer labels first so "WhatsApp" wins over "WA" and "Mobile" over "Mob".
 */
const LABELS: Record<FieldKind, readonly string[]> = {
	phone: [
		"telephone number",
		"phone number",
		"mobile number",
		"contact number",
		"cell phone",
		"cellphone",
		"telephone",
		"handphone",
		"mobile phone",
		"mobile",
		"phone",
		"office",
		"direct line",
		"direct",
		"mob",
		"cell",
		"tel",
		"tele",
		"ph",
		"hp",
		"téléphone",
		"telephone",
		"portable",
		"telefon",
		"handy",
		"mobil",
		"teléfono",
		"telefono",
		"móvil",
		"movil",
		"celular",
		"cel",
		"tlf",
		"联系电话",
		"移动电话",
		"电话",
		"電話",
		"手机号",
		"手机",
		"手機",
		"座机",
		"الهاتف المحمول",
		"الهاتف",
		"هاتف",
		"الجوال",
		"جوال",
		"موبايل",
		"محمول",
		"نقال",
		"ت",
	],
	fax: ["fax", "facsimile", "传真", "傳真", "فاكس", "الفاكس"],
	whatsapp: [
		"whatsapp number",
		"whatsapp",
		"whats app",
		"whatsapp id",
		"wsp",
		"wa",
		"واتساب",
		"واتس اب",
		"واتس",
	],
	wechat: ["wechat id", "wechat", "we chat", "weixin", "wx", "微信号", "微信", "وي تشات"],
	skype: ["skype id", "skype"],
	email: [
		"e-mail address",
		"email address",
		"e-mail",
		"email",
		"mail",
		"correo electrónico",
		"correo electronico",
		"correo",
		"courriel",
		"邮箱",
		"邮件",
		"电子邮件",
		"电邮",
		"電郵",
		"البريد الإلكتروني",
		"البريد الالكتروني",
		"البريد",
		"بريد",
	],
	website: [
		"website",
		"web site",
		"homepage",
		"web",
		"url",
		"site",
		"sitio web",
		"página web",
		"pagina web",
		"site web",
		"网址",
		"网站",
		"官网",
		"網址",
		"الموقع الإلكتروني",
		"الموقع",
	],
	address: [
		"company address",
		"office address",
		"address",
		"adress",
		"addr",
		"add",
		"adresse",
		"anschrift",
		"dirección",
		"direccion",
		"domicilio",
		"公司地址",
		"地址",
		"العنوان",
	],
	company: [
		"company name",
		"company",
		"société",
		"firma",
		"empresa",
		"compañía",
		"compania",
		"公司名称",
		"公司",
		"单位",
		"الشركة",
	],
	// "Contact:" is followed by a name or a number; parseContactText tells them apart.
	name: [
		"contact person",
		"contact name",
		"contact",
		"contacto",
		"name",
		"nombre",
		"nom",
		"姓名",
		"联系人",
		"الاسم",
	],
	title: [
		"job title",
		"position",
		"title",
		"cargo",
		"puesto",
		"poste",
		"职位",
		"职务",
		"職位",
		"المسمى الوظيفي",
		"المنصب",
	],
};

/** One-letter labels ("T:", "M:", "E:") count only with a colon right after them. */
const LETTER_LABELS: Record<string, FieldKind> = {
	t: "phone",
	p: "phone",
	m: "phone",
	h: "phone",
	d: "phone",
	f: "fax",
	e: "email",
	w: "website",
	a: "address",
};

/** Kinds whose value may follow the label without a colon when it starts like a number. */
const NUMBER_KINDS: ReadonlySet<FieldKind> = new Set(["phone", "fax", "whatsapp", "wechat"]);
/** Words that are labels only with a colon: without one they are ordinary words ("Office 1203"). */
const COLON_ONLY: ReadonlySet<string> = new Set([
	"office",
	"direct",
	"direct line",
	"portable",
	"handy",
	"mobil",
	"ph",
	"hp",
	"ت",
]);

const labelToKind = new Map<string, FieldKind>();
for (const [kind, labels] of Object.entries(LABELS) as [FieldKind, readonly string[]][]) {
	for (const label of labels) if (!labelToKind.has(label)) labelToKind.set(label, kind);
}
for (const [letter, kind] of Object.entries(LETTER_LABELS)) labelToKind.set(letter, kind);

const labelSource = (text: string): string =>
	text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*");
const ALTERNATION = [...labelToKind.keys()]
	.sort((a, b) => b.length - a.length)
	.map(labelSource)
	.join("|");
// A group of labels ("Tel/WhatsApp/WeChat"), not inside a word, then ":" / "：" / "." or a number.
const LABEL_GROUP = new RegExp(
	`(?<![\\p{L}\\p{N}@/.:_-])((?:${ALTERNATION})(?:\\s*(?:/|&|\\+|,|and|or|y|和|及|或)\\s*(?:${ALTERNATION}))*)(?![\\p{L}\\p{N}])(?:\\s*\\((?:[^()]{0,20})\\))?(\\s*(?:[:：]|\\.(?!\\w)|-(?=\\s))\\s*|\\s+(?=[+(\\d]))`,
	"giu",
);

export interface LabelMatch {
	kinds: FieldKind[];
	start: number;
	valueStart: number;
}

/** Every label group in a line, with the kinds it names and where its value starts. */
export function findLabels(line: string): LabelMatch[] {
	const matches: LabelMatch[] = [];
	for (const match of line.matchAll(LABEL_GROUP)) {
		const group = match[1] ?? "";
		const separator = match[2] ?? "";
		const kinds = kindsOf(group);
		if (kinds.length === 0) continue;
		const start = match.index ?? 0;
		const hasColon = /[:：.-]/.test(separator);
		if (!hasColon && (!kinds.every((kind) => NUMBER_KINDS.has(kind)) || COLON_ONLY.has(group.toLowerCase())))
			continue;
		if (group.length === 1 && !/[:：]/.test(separator)) continue;
		if (/^\s*:\/\//.test(line.slice(start + match[0].length - 1))) continue;
		// A label right where the previous label's value starts is that value ("Address: Office 1203").
		const previous = matches[matches.length - 1];
		if (previous !== undefined && line.slice(previous.valueStart, start).trim() === "") continue;
		matches.push({ kinds, start, valueStart: start + match[0].length });
	}
	return matches;
}

function kindsOf(group: string): FieldKind[] {
	const kinds: FieldKind[] = [];
	const parts = group.split(/\s*(?:\/|&|\+|,|\band\b|\bor\b|\by\b|和|及|或)\s*/i);
	for (const part of parts) {
		const kind = labelToKind.get(part.toLowerCase().replace(/\s+/g, " ").trim());
		if (kind !== undefined && !kinds.includes(kind)) kinds.push(kind);
	}
	return kinds;
}
