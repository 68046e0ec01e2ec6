/**
 * The mark beside a person's name, whatever the site: the tier badge of a known customer (a click
 * opens the side panel) or a small "+" that saves an unknown one. Redrawn only when what it shows
 * changes. Site-neutral: each site finds the anchor and the match, and says how to save.
 */
import { render } from "preact";
import { t } from "../../i18n";
import { attachOnce } from "../../runtime/attach-once";
import type { Runtime } from "../../runtime/feature";
import { TierBadge } from "../../ui/tier-badge";
import { CaptureAffordance } from "./capture-affordance";
import { shieldFromPage } from "./shield-from-page";
import { type ShownMatch, tierTooltip } from "./tier-tooltip";

export interface TierMarkPlace {
	anchor: Element;
	/** The attach-once key of the mark's host. */
	key: string;
	badgeClass: string;
	/** Show a "!" beside the badge of a customer at risk of churning. */
	churnMark: boolean;
}

export interface PlusMark {
	label: string;
	onSave: () => Promise<boolean>;
}

const drawn = new WeakMap<Element, string>();

export function drawTierMark(
	runtime: Runtime,
	place: TierMarkPlace,
	match: ShownMatch | null,
	plus: PlusMark,
): void {
	const { host, root, created } = attachOnce(place.anchor, place.key, "after", runtime.hosts);
	if (created) shieldFromPage(host);
	const state = match
		? `${match.customerId}|${match.tier}|${match.tierLabel}|${match.churn}|${match.ownerName}`
		: "+";
	if (drawn.get(host) === state && root.firstChild) return;
	drawn.set(host, state);
	if (match) {
		const onOpen = () => void runtime.send("openSidePanel", {});
		render(<Badge match={match} place={place} onOpen={onOpen} />, root);
	} else {
		render(<CaptureAffordance label={plus.label} onSave={plus.onSave} />, root);
	}
}

function Badge({ match, place, onOpen }: { match: ShownMatch; place: TierMarkPlace; onOpen: () => void }) {
	return (
		<button
			type="button"
			class={place.badgeClass}
			onClick={onOpen}
			style={{
				all: "initial",
				cursor: "pointer",
				display: "inline-flex",
				alignItems: "center",
				gap: place.churnMark ? "2px" : undefined,
			}}
		>
			<TierBadge
				tier={match.tier}
				label={match.tierLabel}
				detail={tierTooltip(match)}
				provisional={match.provisional}
				compact
			/>
			{place.churnMark && match.churn ? (
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
