import type { Tier } from "../../shared/schema/common";
import { tierLabel } from "../../shared/scoring/tiers";
import { getLocale } from "../i18n";

export type LabelScheme = "metal" | "letter";

/** The team's label scheme, read off a label the server gave ("S"/"A"/"B"/"C" mean letters). */
export function schemeOf(serverLabel: string | undefined): LabelScheme {
	return serverLabel !== undefined && /^[SABC]$/.test(serverLabel.trim()) ? "letter" : "metal";
}

/**
 * A tier's label in the current language and the team's scheme: the server sends its label in
 * English; the panel shows "黄金客户" to a Chinese user and "A" to a team using letters.
 */
export function displayTierLabel(tier: Tier, serverLabel?: string, scheme?: LabelScheme): string {
	return tierLabel(tier, scheme ?? schemeOf(serverLabel), getLocale());
}
