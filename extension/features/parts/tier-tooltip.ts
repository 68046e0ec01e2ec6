/** The tooltip of a tier badge: who, whose, why this tier, and a churn warning. Text only. */
import type { LookupMatch } from "../../../shared/schema/lookup";
import { type MessageKey, t } from "../../i18n";
import { localTimeText } from "./local-time-text";

export interface ShownMatch extends LookupMatch {
	/** Drawn from a capture's local answer, not yet confirmed by the server. */
	provisional?: boolean;
}

export function tierTooltip(match: ShownMatch): string {
	const lines = [match.name];
	if (match.inPool) lines.push(t("gmail.badge.pool"));
	else
		lines.push(
			match.ownerName ? t("gmail.badge.owner", { owner: match.ownerName }) : t("gmail.badge.noOwner"),
		);
	lines.push(t(`gmail.badge.why.${match.tier}` as MessageKey));
	lines.push(t(`gmail.badge.matchedBy.${match.matchedBy}` as MessageKey));
	if (match.churn) lines.push(t("gmail.badge.churn"));
	const local = match.localTime ? localTimeText(match.localTime) : null;
	if (local) lines.push(local.text);
	if (match.provisional) lines.push(t("gmail.badge.provisional"));
	lines.push(t("gmail.badge.open"));
	return lines.join("\n");
}
