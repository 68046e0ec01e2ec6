/**
 * The mark beside a sender's name: the tier badge for a known customer, a small "+" to save an
 * unknown external sender as a lead, nothing for the member, colleagues and automated senders. Drawn from the
 * tab's lookup cache at once when possible; otherwise after the screen's one batched lookup.
 */
import { render } from "preact";
import { t } from "../../i18n";
import { attachOnce } from "../../runtime/attach-once";
import type { Runtime } from "../../runtime/feature";
import { corporateDomainOf, isNeverLead, type OwnAccount } from "../../sites/gmail";
import { TierBadge } from "../../ui/tier-badge";
import { CaptureAffordance } from "./capture-affordance";
import { contactRequest } from "./capture-request";
import { provisionalMatch } from "./provisional-match";
import { shieldFromPage } from "./shield-from-page";
import { type ShownMatch, tierTooltip } from "./tier-tooltip";

export interface SenderRef {
	name?: string;
	email: string;
}

export const SENDER_MARK_KEY = "gmail-sender";
const drawn = new WeakMap<Element, string>();

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
	const { host, root, created } = attachOnce(anchor, SENDER_MARK_KEY, "after", runtime.hosts);
	if (created) shieldFromPage(host);
	const state = match
		? `${match.customerId}|${match.tier}|${match.tierLabel}|${match.churn}|${match.ownerName}`
		: "+";
	if (drawn.get(host) === state && root.firstChild) return;
	drawn.set(host, state);
	if (match) {
		render(<Badge match={match} onOpen={() => void runtime.send("openSidePanel", {})} />, root);
	} else {
		const save = async () => {
			const reply = await runtime.send("capture", {
				request: contactRequest({ ...person, role: "sender", phones: [], masked: {}, sources: {} }, domain),
			});
			if (!reply) return false;
			runtime.lookups.update(person.email, provisionalMatch(reply, person.name ?? person.email, "email"));
			return true;
		};
		render(
			<CaptureAffordance
				label={t("gmail.capture.sender", { name: person.name ?? person.email })}
				onSave={save}
			/>,
			root,
		);
	}
}

function Badge({ match, onOpen }: { match: ShownMatch; onOpen: () => void }) {
	return (
		<button
			type="button"
			class="tierline-sender-badge"
			onClick={onOpen}
			style={{ all: "initial", cursor: "pointer", display: "inline-flex", alignItems: "center", gap: "2px" }}
		>
			<TierBadge
				tier={match.tier}
				label={match.tierLabel}
				detail={tierTooltip(match)}
				provisional={match.provisional}
				compact
			/>
			{match.churn ? (
				<span
					role="img"
					title={t("gmail.badge.churn")}
					aria-label={t("gmail.badge.churnShort")}
					style={{ color: "#b3261e", font: "700 11px system-ui" }}
				>
					!
				</span>
			) : null}
		</button>
	);
}
