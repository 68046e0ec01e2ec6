/**
 * The mark beside a sender's name: the tier badge for a known customer, a small "+" to save an
 * unknown external sender as a lead, nothing for the member, colleagues and automated senders. Drawn from the
 * tab's lookup cache at once when possible; otherwise after the screen's one batched lookup.
 */
import { t } from "../../i18n";
import type { Runtime } from "../../runtime/feature";
import { corporateDomainOf, isNeverLead, type OwnAccount } from "../../sites/gmail";
import { contactRequest } from "./capture-request";
import { provisionalMatch } from "./provisional-match";
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
): void {
	if (signal.aborted || isNeverLead(person.email, own)) return;
	const domain = corporateDomainOf(person.email);
	const match = runtime.lookups.peek(person.email, domain);
	if (match === undefined) {
		const keys = { emails: [person.email], domains: domain ? [domain] : [] };
		void runtime.lookups.request(keys).then(() => {
			if (anchor.isConnected && runtime.lookups.peek(person.email, domain) !== undefined) {
				drawSenderMark(anchor, person, runtime, own, signal);
			}
		});
		return;
	}
	const save = async () => {
		const reply = await runtime.send("capture", {
			request: contactRequest({ ...person, role: "sender", phones: [], masked: {}, sources: {} }, domain),
		});
		if (!reply) return false;
		runtime.lookups.update(person.email, provisionalMatch(reply, person.name ?? person.email, "email"));
		return true;
	};
	const place = { anchor, key: SENDER_MARK_KEY, badgeClass: "tierline-sender-badge", churnMark: true };
	drawTierMark(runtime, place, match, {
		label: t("gmail.capture.sender", { name: person.name ?? person.email }),
		onSave: save,
	});
}
