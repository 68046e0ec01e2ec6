/**
 * What an email's own words say about the inquiry (shared/inquiry): its quality, the specifics
 * (quantity, price, Incoterm and port, sample, delivery date), and the words they were read from,
 * so the salesperson can see why the potential moved. Page text is rendered as text, never HTML.
 */
import type { InquiryReading } from "../../../shared/inquiry/read-inquiry";
import { intlLocale, t } from "../../i18n";
import { formatDate, formatNumber } from "../format";
import { formatUnit } from "../format-unit";

export function InquiryFound({ reading }: { reading: InquiryReading }) {
	const facts = inquiryFacts(reading);
	return (
		<div class="inquiry-found" data-testid="inquiry-found">
			<p class="small">
				<strong>{t("inquiry.title", { quality: formatNumber(reading.quality) })}</strong>
				{" · "}
				{facts.length > 0 ? facts.join(" · ") : t("inquiry.nothingSpecific")}
			</p>
			{reading.found.length > 0 && (
				<p class="muted small">
					{t("inquiry.found")}{" "}
					{reading.found.map((words) => (
						<q key={words} class="found-words">
							{words}
						</q>
					))}
				</p>
			)}
		</div>
	);
}

function inquiryFacts(reading: InquiryReading): string[] {
	if (reading.spamLike) return [t("inquiry.spamLike")];
	const facts: string[] = [];
	if (reading.quantity !== undefined)
		facts.push(
			t("inquiry.quantity", {
				quantity: formatNumber(reading.quantity),
				unit: reading.unit ? formatUnit(reading.unit) : "",
			}).trim(),
		);
	if (reading.targetPrice !== undefined) {
		const price = reading.currency
			? formatPrice(reading.targetPrice, reading.currency)
			: formatNumber(reading.targetPrice);
		facts.push(t("inquiry.targetPrice", { price }));
	}
	if (reading.incoterm) facts.push([reading.incoterm, reading.port].filter(Boolean).join(" "));
	else if (reading.port) facts.push(reading.port);
	if (reading.sampleRequest) facts.push(t("inquiry.sample"));
	if (reading.deliveryBy) facts.push(t("inquiry.deliveryBy", { date: formatDate(reading.deliveryBy) }));
	if (reading.catalogueOnly) facts.push(t("inquiry.catalogueOnly"));
	return facts;
}

/** Unit prices keep their cents ("US$8.50"), unlike the whole-dollar revenue figures. */
function formatPrice(amount: number, currency: string): string {
	try {
		return new Intl.NumberFormat(intlLocale(), {
			style: "currency",
			currency,
			maximumFractionDigits: 2,
		}).format(amount);
	} catch {
		return `${formatNumber(amount)} ${currency}`;
	}
}
