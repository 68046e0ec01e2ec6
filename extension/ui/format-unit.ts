import { getLocale } from "../i18n";

/** Unit words as buyers and platforms write them (EN, ZH, ES), by the unit they mean. */
const UNITS: Array<[RegExp, { en: string; zh_CN: string }]> = [
	[
		/^(?:square meters?|square metres?|sqm|m2|平方米|平米|metros cuadrados)$/,
		{ en: "square meters", zh_CN: "平方米" },
	],
	[/^(?:pcs|pc|pieces?|件|个|只|条|片|piezas?)$/, { en: "pieces", zh_CN: "件" }],
	[/^(?:sets?|套|juegos?)$/, { en: "sets", zh_CN: "套" }],
	[/^(?:meters?|metres?|m|米|metros?)$/, { en: "meters", zh_CN: "米" }],
	[/^(?:metric tons?|tons?|tonnes?|吨|toneladas?)$/, { en: "tons", zh_CN: "吨" }],
	[/^(?:kgs?|kilograms?|kilos?|公斤|千克)$/, { en: "kg", zh_CN: "公斤" }],
	[/^(?:cartons?|箱|cajas?)$/, { en: "cartons", zh_CN: "箱" }],
	[/^(?:pairs?|双|pares?)$/, { en: "pairs", zh_CN: "双" }],
	[/^(?:rolls?|卷|rollos?)$/, { en: "rolls", zh_CN: "卷" }],
	[/^(?:bags?|袋|bolsas?)$/, { en: "bags", zh_CN: "袋" }],
	[/^(?:containers?|柜|contenedores?)$/, { en: "containers", zh_CN: "柜" }],
	[/^(?:units?|台|unidades?)$/, { en: "units", zh_CN: "台" }],
	[/^(?:dozens?|打|docenas?)$/, { en: "dozens", zh_CN: "打" }],
];

/** "米" → "meters" in the English panel, "pcs" → "件" in the Chinese one; unknown units as written. */
export function formatUnit(unit: string): string {
	// "Piece/Pieces" and "Set/Sets" (Alibaba's units) are read by their first form.
	const key = (unit.trim().toLowerCase().split("/")[0] ?? "").trim();
	const found = UNITS.find(([pattern]) => pattern.test(key))?.[1];
	return found ? found[getLocale()] : unit;
}
