/**
 * The mark beside a sender's name: the tier badge for a known customer, a small "+" to save an
 * unknown external sender as a lead, nothing for the member, colleagues, automated senders and
 * bulk mail. Drawn from the tab's lookup cache at once when possible; otherwise after the
 * screen's one batched lookup.
 */
import { isNeverLead, type LeadEvidence, type OwnAccount } from "../../../shared/capture/never-a-lead";
import { t } from "../../i18n";
import type { Runtime } from "../../runtime/feature";
import { capturePerson } from "./capture-person";
import { drawTierMark } from "./tier-mark";

export interface SenderRef {
	name?: string;
	email: string;
}

export const SENDER_MARK_KEY = "gmail-sender";

export function drawSenderMark(
	anchor: Element,
	person: SenderRef,
	runtime: Runtime,
	own: OwnAccount,
	signal: AbortSignal,
	evidence: LeadEvidence = {},
): void {
	if (signal.aborted || isNeverLead(person.email, own, evidence)) return;
	const keys = { email: person.email };
	const match = runtime.lookups.peek(keys);
	if (match === undefined) {
		void runtime.lookups.request([keys]).then(() => {
			if (anchor.isConnected && runtime.lookups.peek(keys) !== undefined) {
				drawSenderMark(anchor, person, runtime, own, signal, evidence);
			}
		});
		return;
	}
	const place = { anchor, key: SENDER_MARK_KEY, badgeClass: "tierline-sender-badge", churnMark: true };
	drawTierMark(runtime, place, match, {
		label: () => t("gmail.capture.sender", { name: person.name ?? person.email }),
		onSave: () => capturePerson(runtime, person, own),
	});
}
