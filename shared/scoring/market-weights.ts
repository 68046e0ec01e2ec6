/**
 * Default market weight per country (ISO 3166-1 alpha-2), 0–100: how much a buyer's market usually
 * promises to an exporter — purchasing power, order sizes and payment reliability. A starting point
 * that every team edits; countries not listed get `defaultMarketWeight`.
 */
// biome-ignore format: grouped by weight
export const defaultMarketWeights: Record<string, number> = {
	US: 100,
	DE: 90, GB: 90, CA: 90, AU: 90, CH: 90, JP: 90, NL: 90, SE: 85, NO: 85, DK: 85, FI: 85,
	FR: 85, AT: 85, BE: 85, IE: 85, NZ: 85, SG: 85, AE: 85, LU: 85,
	IT: 80, ES: 80, KR: 80, IL: 80, SA: 80, QA: 80, KW: 80, HK: 75, TW: 75,
	PT: 70, PL: 70, CZ: 70, GR: 65, SK: 65, SI: 65, EE: 65, LT: 65, LV: 65, HU: 65, CY: 65, MT: 65,
	BH: 70, OM: 70, CL: 65, MX: 65, MY: 65, TH: 60, CN: 60, BR: 60, ZA: 60, TR: 60, RO: 60, HR: 60,
	IN: 55, ID: 55, VN: 55, PH: 55, CO: 55, PE: 55, UY: 55, CR: 55, PA: 55, MA: 55,
	RU: 50, KZ: 50, BG: 55, RS: 50, UA: 45, EG: 45, AR: 45, LK: 45, KE: 45, JO: 50, LB: 40,
	NG: 40, GH: 40, PK: 40, BD: 40, DZ: 40, TN: 45, EC: 50, DO: 50, GT: 50, BO: 40, PY: 45,
	VE: 25, IR: 15, SY: 10, KP: 0,
};
