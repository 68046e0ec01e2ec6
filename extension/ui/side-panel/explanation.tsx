import { z } from "zod";
import { CURRENT_FACTORS, POTENTIAL_FACTORS } from "../../../shared/scoring";
import { type MessageKey, t } from "../../i18n";
import { formatMoney } from "../format";
import { type ExplanationMessage, listText, messageSchema, messagesText } from "./explanation-text";

/** Parsed leniently: explanations stored before messages existed have only the English texts. */
const factorSchema = z.object({
	factor: z.string(),
	points: z.number(),
	detail: z.string().optional(),
	unknown: z.boolean().optional(),
	message: messageSchema.optional().catch(undefined),
	notes: z.array(messageSchema).optional().catch(undefined),
});
const explanationSchema = z.object({
	current: z.array(factorSchema),
	potential: z.array(factorSchema),
	missing: z.array(z.string()).default([]).catch([]),
	missingItems: z.array(messageSchema).optional().catch(undefined),
	nextSteps: z.array(z.string()).default([]),
	nextStepItems: z.array(messageSchema).optional().catch(undefined),
	revenue12mUsd: z.number().optional(),
});
type Factor = z.infer<typeof factorSchema>;
type ParsedExplanation = z.infer<typeof explanationSchema>;

const KNOWN_FACTORS = new Set<string>([...CURRENT_FACTORS, ...POTENTIAL_FACTORS]);

function factorName(factor: string): string {
	return KNOWN_FACTORS.has(factor) ? t(`factor.${factor}` as MessageKey) : factor;
}

/** The factor's reason in the UI language; the engine's English when the record has no message. */
function factorDetail(f: Factor): string | undefined {
	const structured = f.message ? messagesText([f.message, ...(f.notes ?? [])]) : null;
	return structured ?? f.detail;
}

/** Next steps in the UI language, each falling back to its English text. */
function stepTexts(e: ParsedExplanation): string[] {
	return e.nextSteps.map((english, i) => {
		const item = e.nextStepItems?.[i];
		return (item && messagesText([item])) ?? english;
	});
}

/** What the score had to guess; records from before `missingItems` are read from the `missing` keys. */
function missingText(e: ParsedExplanation): string | null {
	const items: ExplanationMessage[] =
		e.missingItems ??
		e.missing.map(
			(m): ExplanationMessage =>
				m.startsWith("fx:")
					? { key: "scoring.missing.fx", params: { currencies: m.slice(3) } }
					: { key: `scoring.missing.${m}`, params: {} },
		);
	return items.length > 0 ? listText(items) : null;
}

function Factors({ title, list }: { title: string; list: Factor[] }) {
	return (
		<div>
			<h4>{title}</h4>
			<ul class="factors">
				{list.map((f) => {
					const detail = factorDetail(f);
					return (
						<li key={f.factor}>
							<span>{factorName(f.factor)}</span>
							<span class="muted small">
								{f.unknown ? t("explain.unknown") : t("explain.points", { points: Math.round(f.points) })}
							</span>
							{detail && <div class="muted small">{detail}</div>}
						</li>
					);
				})}
			</ul>
		</div>
	);
}

/** Why the customer has this tier: each factor's points, what is unknown, and what would move it up. */
export function Explanation({ explanation }: { explanation: unknown }) {
	const parsed = explanationSchema.safeParse(explanation);
	if (!parsed.success) return null;
	const e = parsed.data;
	const steps = stepTexts(e);
	const missing = missingText(e);
	return (
		<section class="explanation" data-testid="explanation">
			<h3>{t("explain.title")}</h3>
			{e.revenue12mUsd !== undefined && (
				<p>{t("explain.revenue", { amount: formatMoney(e.revenue12mUsd, "USD") })}</p>
			)}
			<Factors title={t("explain.current")} list={e.current} />
			<Factors title={t("explain.potential")} list={e.potential} />
			{missing && (
				<p class="muted small" data-testid="explanation-missing">
					{t("scoring.missing.title", { items: missing })}
				</p>
			)}
			{steps.length > 0 && (
				<>
					<h4>{t("explain.nextSteps")}</h4>
					<ul>
						{steps.map((step) => (
							<li key={step}>{step}</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}
