/**
 * The mark beside a person's name, whatever the site: the tier badge of a known customer (a click
 * opens the side panel) or a small "+" that saves an unknown one. Redrawn only when what it shows
 * changes. Site-neutral: each site finds the anchor and the match, and says how to save.
 */
import { render } from "preact";
import { getLocale, t } from "../../i18n";
import { attachOnce } from "../../runtime/attach-once";
import type { Runtime } from "../../runtime/feature";
import type { HostSize } from "../../runtime/shadow-host";
import { TierBadge } from "../../ui/tier-badge";
import { displayTierLabel } from "../../ui/tier-label";
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
	/** Right after the anchor (default) or inside it at the end. */
	position?: "after" | "append";
	/** The host's fixed size (default MARK_SIZE): the same for a badge and a "+", so layout tells nothing. */
	size?: HostSize;
}

export interface PlusMark {
	/** The "+"'s tooltip, read when drawn (so it follows the UI language). */
	label: () => string;
	onSave: () => Promise<boolean>;
}

/** What each host shows, and the node it drew: redrawn only when either changed. */
const drawn = new WeakMap<Element, { state: string; node: ChildNode | null }>();

export function drawTierMark(
	runtime: Runtime,
	place: TierMarkPlace,
	match: ShownMatch | null,
	plus: PlusMark,
): void {
	const { host, root, created } = attachOnce(
		place.anchor,
		place.key,
		place.position ?? "after",
		runtime.hosts,
	);
	if (created) shieldFromPage(host);
	// The language is part of what is shown: a mark drawn before the setting loaded is redrawn.
	const state = match
		? `${getLocale()}|${match.customerId}|${match.tier}|${match.tierLabel}|${match.churn}|${match.ownerName}|${match.matchedBy}|${match.provisional}`
		: `${getLocale()}|+`;
	const before = drawn.get(host);
	if (before?.state === state && before.node !== null && root.firstChild === before.node) return;
	if (match) {
		const onOpen = () => void runtime.send("openSidePanel", {});
		render(<Badge match={match} place={place} onOpen={onOpen} />, root);
	} else {
		render(<CaptureAffordance label={plus.label()} onSave={plus.onSave} />, root);
	}
	drawn.set(host, { state, node: root.firstChild });
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
				label={displayTierLabel(match.tier, match.tierLabel)}
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
