import { z } from "zod";
import { type MessageKey, t } from "../../i18n";
import { formatMoney } from "../format";

const factorSchema = z.object({
	factor: z.string(),
	points: z.number(),
	detail: z.string().optional(),
	unknown: z.boolean().optional(),
});
const explanationSchema = z.object({
	current: z.array(factorSchema),
	potential: z.array(factorSchema),
	nextSteps: z.array(z.string()).default([]),
	revenue12mUsd: z.number().optional(),
});

const KNOWN_FACTORS = new Set([
	"recency",
	"frequency",
	"revenue",
	"buyerType",
	"companySize",
	"domain",
	"market",
	"inquiry",
	"engagement",
	"platform",
]);

function factorName(factor: string): string {
	return KNOWN_FACTORS.has(factor) ? t(`factor.${factor}` as MessageKey) : factor;
}

/** Why the customer has this tier: each factor's points, and what would move it up. */
export function Explanation({ explanation }: { explanation: unknown }) {
	const parsed = explanationSchema.safeParse(explanation);
	if (!parsed.success) return null;
	const { current, potential, nextSteps, revenue12mUsd } = parsed.data;
	const factors = (title: string, list: typeof current) => (
		<div>
			<h4>{title}</h4>
			<ul class="factors">
				{list.map((f) => (
					<li key={f.factor} title={f.detail}>
						<span>{factorName(f.factor)}</span>
						<span class="muted small">
							{f.unknown ? t("explain.unknown") : t("explain.points", { points: Math.round(f.points) })}
						</span>
						{f.detail && <div class="muted small">{f.detail}</div>}
					</li>
				))}
			</ul>
		</div>
	);
	return (
		<section class="explanation" data-testid="explanation">
			<h3>{t("explain.title")}</h3>
			{revenue12mUsd !== undefined && (
				<p>{t("explain.revenue", { amount: formatMoney(revenue12mUsd, "USD") })}</p>
			)}
			{factors(t("explain.current"), current)}
			{factors(t("explain.potential"), potential)}
			{nextSteps.length > 0 && (
				<>
					<h4>{t("explain.nextSteps")}</h4>
					<ul>
						{nextSteps.map((step) => (
							<li key={step}>{step}</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
