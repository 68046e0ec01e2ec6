import type { Tier } from "../../shared/schema/common";
import { type MessageKey, t } from "../i18n";

/** Tier colours: readable with white text, distinct for colour-blind users by label as well. */
export const TIER_COLOURS: Record<Tier, string> = {
	platinum: "#5b4b9a",
	gold: "#9a6a00",
	iron: "#35607f",
	lead: "#5f6670",
};

export function tierName(tier: Tier): string {
	return t(`tier.${tier}` as MessageKey);
}

export interface TierBadgeProps {
	tier: Tier;
	/** Display label (the team's label scheme, e.g. "Gold" or "A"); defaults to the tier's name. */
	label?: string;
	/** Extra lines for the tooltip, e.g. scores or the churn reason. */
	detail?: string;
	/** A local, not yet confirmed tier: drawn outlined. */
	provisional?: boolean;
	compact?: boolean;
}

/**
 * A small tier pill. Inline styles only, so it looks the same in the side panel and inside the
 * shadow roots of in-page features. Text only: labels are never parsed as HTML.
 */
export function TierBadge({ tier, label, detail, provisional = false, compact = false }: TierBadgeProps) {
	const text = label ?? tierName(tier);
	const colour = TIER_COLOURS[tier];
	const heading = provisional ? t("tier.provisional", { label: text }) : t("tier.title", { label: text });
	return (
		<span
			class="tierline-tier-badge"
			data-tier={tier}
			data-provisional={provisional ? "true" : undefined}
			title={detail ? `${heading}\n${detail}` : heading}
			style={{
				display: "inline-block",
				boxSizing: "border-box",
				padding: compact ? "0 4px" : "1px 6px",
				borderRadius: "9px",
				font: `600 ${compact ? 10 : 11}px/1.5 system-ui, sans-serif`,
				whiteSpace: "nowrap",
				verticalAlign: "middle",
				color: provisional ? colour : "#fff",
				background: provisional ? "transparent" : colour,
				border: `1px ${provisional ? "dashed" : "solid"} ${colour}`,
			}}
		>
			{text}
		</span>
	);
}
