import { useState } from "preact/hooks";
import type { FxRate } from "../../../../shared/scoring/fx";
import { intlLocale, t } from "../../../i18n";
import { errorsUnder } from "./draft";
import { useDraft } from "./editor-context";
import { FxRates } from "./fx-rates";
import { GroupError } from "./number-field";

/** Rates keep their precision: 0.885 EUR, 16,300 IDR. */
function formatRate(perUsd: number): string {
	return new Intl.NumberFormat(intlLocale(), { maximumSignificantDigits: 6 }).format(perUsd);
}

/** The latest of a currency's rates by date (the list may be unsorted while it is being edited). */
function latest(rates: FxRate[]): FxRate | undefined {
	return rates.reduce<FxRate | undefined>(
		(a, b) => (a === undefined || b.since >= a.since ? b : a),
		undefined,
	);
}

/** Currencies → USD: every order is converted with the rate in force on its date. */
export function FxTable() {
	const { draft, errors, readOnly, set, remove } = useDraft();
	const [open, setOpen] = useState<string | null>(null);
	const [code, setCode] = useState("");
	const [codeError, setCodeError] = useState<string | null>(null);
	const codes = Object.keys(draft.fx).sort();
	const add = () => {
		const wanted = code.trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(wanted)) return setCodeError(t("scoringEditor.fx.badCode"));
		if (wanted === "USD" || Object.hasOwn(draft.fx, wanted)) return setCodeError(t("scoringEditor.fx.known"));
		set(`fx.${wanted}`, [{ since: new Date().toISOString().slice(0, 10), perUsd: Number.NaN }]);
		setOpen(wanted);
		setCode("");
		setCodeError(null);
	};
	return (
		<section class="scoring-part" data-testid="scoring-fx">
			<h3>{t("scoringEditor.fx.title")}</h3>
			<p class="muted small">{t("scoringEditor.fx.help")}</p>
			<details class="scoring-details" open={errorsUnder(errors, "fx").length > 0 || undefined}>
				<summary>{t("scoringEditor.fx.list", { count: codes.length })}</summary>
				<div class="table-scroll">
					<table class="team-table">
						<thead>
							<tr>
								<th>{t("scoringEditor.fx.currency")}</th>
								<th>{t("scoringEditor.fx.latest")}</th>
								<th class="num">{t("scoringEditor.fx.count")}</th>
								<th />
							</tr>
						</thead>
						<tbody>
							{codes.map((c) => {
								const rates = draft.fx[c] ?? [];
								const newest = latest(rates);
								const problems = errorsUnder(errors, `fx.${c}`);
								const shown = open === c || problems.length > 0;
								return [
									<tr key={c} data-testid="fx-row" data-currency={c}>
										<td>{c}</td>
										<td>
											{newest && Number.isFinite(newest.perUsd)
												? t("scoringEditor.fx.rate", {
														perUsd: formatRate(newest.perUsd),
														code: c,
														since: newest.since,
													})
												: "—"}
											{problems.length > 0 && <small class="error"> {problems[0]}</small>}
										</td>
										<td class="num">{rates.length}</td>
										<td class="actions">
											<button type="button" onClick={() => setOpen(open === c ? null : c)}>
												{readOnly ? t("scoringEditor.fx.show") : t("scoringEditor.fx.edit")}
											</button>
											{!readOnly && (
												<button type="button" class="link" onClick={() => remove(`fx.${c}`)}>
													{t("scoringEditor.fx.remove")}
												</button>
											)}
										</td>
									</tr>,
									shown && (
										<tr key={`${c}-rates`}>
											<td colSpan={4}>
												<FxRates code={c} rates={rates} />
											</td>
										</tr>
									),
								];
							})}
						</tbody>
					</table>
				</div>
				{!readOnly && (
					<div class="scoring-add">
						<input
							name="addCurrency"
							placeholder="EUR"
							aria-label={t("scoringEditor.fx.add")}
							maxLength={3}
							value={code}
							onInput={(event) => setCode(event.currentTarget.value)}
						/>
						<button type="button" onClick={add}>
							{t("scoringEditor.fx.add")}
						</button>
						{codeError && <small class="error">{codeError}</small>}
					</div>
				)}
			</details>
			<GroupError path="fx" />
		</section>
	);
}
