import type { Tier } from "../../shared/schema/common";
import { DEFAULT_PLAYBOOKS } from "../../shared/schema/playbooks";
import { type MessageKey, t } from "../i18n";

/** The team's wording of a tier's next step; the essays' defaults in the UI's language. */
export function playbookStepText(tier: Tier, step: string): string {
	return step === DEFAULT_PLAYBOOKS[tier].nextStep ? t(`playbook.step.${tier}` as MessageKey) : step;
}

/** What to store for a step as edited: the default again when it reads as the translated default. */
export function playbookStepToStore(tier: Tier, text: string): string {
	return text.trim() === t(`playbook.step.${tier}` as MessageKey)
		? DEFAULT_PLAYBOOKS[tier].nextStep
		: text.trim();
}
