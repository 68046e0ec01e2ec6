import { useEffect, useState } from "preact/hooks";
import type { Tier } from "../../../shared/schema/common";
import type { PoolRules } from "../../../shared/schema/pool-rules";
import { type MessageKey, t } from "../../i18n";
import { ApiError, describeFailure } from "../../sync/api-error";
import { formatDate } from "../format";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];
type NumberRule =
	| "releaseAfterDays"
	| "warnDaysBefore"
	| "protectDaysAfterClaim"
	| "maxOwnedPerMember"
	| "reclaimCooldownDays";
const NUMBER_RULES: NumberRule[] = [
	"releaseAfterDays",
	"warnDaysBefore",
	"protectDaysAfterClaim",
	"maxOwnedPerMember",
	"reclaimCooldownDays",
];

const toNumber = (text: string): number | null => (text.trim() === "" ? null : Number(text));

/** Pool (公海) rules: every rule off until a number is entered (admins edit); customers about to be released. */
export function PoolSection() {
	const { client, me } = useTeam();
	const isAdmin = me.member.role === "admin";
	const loaded = useLoaded(() => client.poolRules(), [client]);
	const warnings = useLoaded(() => client.poolWarnings(), [client]);
	const [rules, setRules] = useState<PoolRules | null>(null);
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [status, setStatus] = useState<string | null>(null);
	useEffect(() => {
		if (loaded.state.kind === "ready") setRules(loaded.state.value);
	}, [loaded.state]);

	const save = async () => {
		if (!rules) return;
		setErrors({});
		setStatus(null);
		try {
			setRules(await client.savePoolRules(rules));
			setStatus(t("pool.saved"));
			await warnings.reload();
		} catch (error) {
			const fields =
				error instanceof ApiError && error.failure.kind === "http"
					? error.failure.problem?.errors
					: undefined;
			setErrors(Object.fromEntries((fields ?? []).map((f) => [f.path, f.message])));
			setStatus(describeFailure(error));
		}
	};

	if (loaded.state.kind === "failed")
		return <p class="error">{t("team.failed", { detail: loaded.state.detail })}</p>;
	if (!rules) return <p class="muted">{t("team.loading")}</p>;
	const numberField = (
		label: string,
		path: string,
		value: number | null,
		onChange: (n: number | null) => void,
	) => (
		<label class="field" key={path}>
			<span>{label}</span>
			<input
				type="number"
				min={1}
				name={path}
				disabled={!isAdmin}
				placeholder={t("pool.off")}
				value={value ?? ""}
				onInput={(e) => onChange(toNumber(e.currentTarget.value))}
			/>
			{errors[path] && <small class="error">{errors[path]}</small>}
		</label>
	);

	return (
		<section data-testid="pool">
			<h2>{t("pool.title")}</h2>
			<p class="muted small">{t("pool.intro")}</p>
			<form
				class="pool-rules"
				onSubmit={(event) => {
					event.preventDefault();
					void save();
				}}
			>
				{NUMBER_RULES.map((rule) =>
					numberField(t(`pool.rule.${rule}` as MessageKey), rule, rules[rule], (n) =>
						setRules({ ...rules, [rule]: n }),
					),
				)}
				<fieldset class="pool-tier-caps">
					<legend>{t("pool.rule.maxOwnedPerTier")}</legend>
					{TIERS.map((tier) =>
						numberField(
							displayTierLabel(tier),
							`maxOwnedPerTier.${tier}`,
							rules.maxOwnedPerTier[tier] ?? null,
							(n) => setRules({ ...rules, maxOwnedPerTier: { ...rules.maxOwnedPerTier, [tier]: n } }),
						),
					)}
				</fieldset>
				{isAdmin && (
					<div class="buttons">
						<button type="submit" class="primary">
							{t("pool.save")}
						</button>
					</div>
				)}
				{status && (
					<p class={Object.keys(errors).length > 0 ? "error" : "ok"} data-testid="pool-status">
						{status}
					</p>
				)}
			</form>
			<h2>{t("pool.warnings")}</h2>
			{warnings.state.kind === "failed" && <p class="error">{warnings.state.detail}</p>}
			{warnings.state.kind === "ready" && warnings.state.value.items.length === 0 && (
				<p class="muted">{t("pool.noWarnings")}</p>
			)}
			{warnings.state.kind === "ready" && warnings.state.value.items.length > 0 && (
				<div class="table-scroll">
					<table class="team-table">
						<thead>
							<tr>
								<th>{t("team.members.name")}</th>
								<th>{t("pool.lastFollowUp")}</th>
								<th>{t("pool.releaseOn")}</th>
							</tr>
						</thead>
						<tbody>
							{warnings.state.value.items.map((w) => (
								<tr key={w.customerId} data-testid="pool-warning">
									<td>
										{w.name} <TierBadge tier={w.tier} label={displayTierLabel(w.tier)} compact />
									</td>
									<td>{formatDate(w.lastFollowUpAt)}</td>
									<td class="warning">{formatDate(w.releaseAt)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</section>
	);
}
