import { useMemo, useState } from "preact/hooks";
import { allCountryCodes } from "../../../../shared/normalize/country";
import { intlLocale, t } from "../../../i18n";
import { formatCountry } from "../../format";
import { errorsUnder } from "./draft";
import { useDraft } from "./editor-context";
import { GroupError, NumberField } from "./number-field";

/** Countries by name in the user's language. */
function useCountryNames() {
	const locale = intlLocale();
	return useMemo(() => {
		const collator = new Intl.Collator(locale);
		return allCountryCodes()
			.map((code) => ({ code, name: formatCountry(code) }))
			.sort((a, b) => collator.compare(a.name, b.name));
	}, [locale]);
}

/** Market weight per buyer country (0–100), the weight of countries not listed, and adding a country. */
export function MarketWeights() {
	const { draft, errors, readOnly, set, remove } = useDraft();
	const countries = useCountryNames();
	const weights = draft.potential.marketWeights;
	const listed = Object.keys(weights)
		.map((code) => ({ code, name: formatCountry(code) }))
		.sort((a, b) => a.name.localeCompare(b.name, intlLocale()));
	const unlisted = countries.filter((c) => !Object.hasOwn(weights, c.code));
	const [adding, setAdding] = useState("");
	const problems = errorsUnder(errors, "potential.marketWeights");
	return (
		<section class="scoring-part" data-testid="scoring-markets">
			<h3>{t("scoringEditor.markets.title")}</h3>
			<p class="muted small">{t("scoringEditor.markets.help")}</p>
			<NumberField
				path="potential.defaultMarketWeight"
				label={t("scoringEditor.defaultMarketWeight")}
				help={t("scoringEditor.defaultMarketWeightHelp")}
			/>
			<details class="scoring-details" open={problems.length > 0 || undefined}>
				<summary>{t("scoringEditor.markets.list", { count: listed.length })}</summary>
				<div class="scoring-market-grid">
					{listed.map(({ code, name }) => (
						<div class="scoring-market" key={code} data-country={code}>
							<NumberField path={`potential.marketWeights.${code}`} label={`${name} (${code})`}>
								{!readOnly && (
									<button
										type="button"
										class="link"
										aria-label={t("scoringEditor.markets.remove", { country: name })}
										title={t("scoringEditor.markets.remove", { country: name })}
										onClick={() => remove(`potential.marketWeights.${code}`)}
									>
										×
									</button>
								)}
							</NumberField>
						</div>
					))}
				</div>
				{!readOnly && (
					<div class="scoring-add">
						<select
							name="addMarket"
							aria-label={t("scoringEditor.markets.add")}
							value={adding}
							onChange={(event) => setAdding(event.currentTarget.value)}
						>
							<option value="">{t("scoringEditor.markets.pick")}</option>
							{unlisted.map(({ code, name }) => (
								<option key={code} value={code}>
									{name} ({code})
								</option>
							))}
						</select>
						<button
							type="button"
							disabled={adding === ""}
							onClick={() => {
								set(`potential.marketWeights.${adding}`, draft.potential.defaultMarketWeight);
								setAdding("");
							}}
						>
							{t("scoringEditor.markets.add")}
						</button>
					</div>
				)}
			</details>
			<GroupError path="potential.marketWeights" />
		</section>
	);
}
