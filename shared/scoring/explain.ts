import type { CustomerFeatures } from "./features";
import { constMsg, type Described, msg } from "./message";
import type { PotentialValues } from "./potential-value";
import { CURRENT_FACTORS, POTENTIAL_FACTORS } from "./prepared";
import { roundToTotal } from "./rounding";
import type { FactorContribution, Message } from "./types";

export { currentDetails } from "./explain-current";
export { potentialDetails } from "./explain-potential";
export { usd } from "./money-text";

/** Contributions whose whole points add up to the rounded score; the score is their sum. */
export function contributions(
	factors: readonly string[],
	values: ArrayLike<number>,
	shares: Float64Array,
	details: Described[],
	unknownMask = 0,
): FactorContribution[] {
	const raw = new Array<number>(shares.length);
	for (let i = 0; i < shares.length; i++) raw[i] = (shares[i] as number) * (values[i] as number) * 100;
	const points = roundToTotal(raw);
	return factors.map((factor, i) => {
		const d = details[i] as Described;
		const c: FactorContribution = {
			factor,
			weight: round2((shares[i] as number) * 100),
			points: points[i] as number,
			value: round2(values[i] as number),
			detail: d.detail,
			message: d.message,
		};
		if (d.notes) c.notes = d.notes;
		if (unknownMask & (1 << i)) c.unknown = true;
		return c;
	});
}

const MISSING_FACTOR = Object.fromEntries(
	POTENTIAL_FACTORS.map((factor) => [factor, constMsg(`scoring.missing.${factor}`)]),
) as Record<string, Message>;

/** Factor keys scored neutral, plus "fx:XYZ" for each currency whose orders were left out. */
export function missingOf(p: PotentialValues, f: CustomerFeatures): { missing: string[]; items: Message[] } {
	const missing: string[] = POTENTIAL_FACTORS.filter((_, i) => (p.unknownMask & (1 << i)) !== 0);
	const items = missing.map((factor) => MISSING_FACTOR[factor] as Message);
	for (const code of f.unknownCurrencies) {
		missing.push(`fx:${code}`);
		items.push(msg("scoring.missing.fx", { currencies: code }));
	}
	return { missing, items };
}

export { CURRENT_FACTORS, POTENTIAL_FACTORS };

function round2(n: number): number {
	return Math.round(n * 100) / 100;
}
