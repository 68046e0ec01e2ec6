import { useMemo, useState } from "preact/hooks";
import { allCountryCodes } from "../../../shared/normalize/country";
import type { TeamVisibility } from "../../../shared/schema/team";
import { intlLocale, t } from "../../i18n";
import { sendMessage } from "../../messaging/client";
import { ApiError, describeFailure } from "../../sync/api-error";
import { formatCountry } from "../format";
import { ScoringEditor } from "./scoring/scoring-editor";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const VISIBILITIES: TeamVisibility[] = ["owner", "team"];

/** One industry a line (or separated by ; or ；), blanks and repeats dropped. */
function industryList(text: string): string[] {
	const seen = new Set<string>();
	return text
		.split(/[\n;；]/)
		.map((line) => line.trim())
		.filter((line) => line !== "" && !seen.has(line.toLowerCase()) && seen.add(line.toLowerCase()));
}

/**
 * The team's own settings: who sees a colleague's customers in full, and the default country
 * phone numbers without a country code are read in. Everyone reads them; admins change them.
 * Below them, for admins and managers, the scoring settings editor (managers read it).
 */
export function SettingsSection() {
	const { client, me } = useTeam();
	const isAdmin = me.member.role === "admin";
	// Scoring settings are the managers' too.
	const editsScoring = isAdmin || me.member.role === "manager";
	const scoring = useLoaded(() => client.scoring(), [client]);
	const [industries, setIndustries] = useState<string | null>(null);
	const loadedIndustries =
		scoring.state.kind === "ready" ? scoring.state.value.settings.potential.industries.join("\n") : "";
	const industriesText = industries ?? loadedIndustries;
	const [visibility, setVisibility] = useState<TeamVisibility>(me.team.visibility ?? "owner");
	const [country, setCountry] = useState(me.team.defaultCountry ?? "");
	const [saved, setSaved] = useState({ visibility, country });
	const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
	const [busy, setBusy] = useState(false);
	const countries = useMemo(() => {
		const collator = new Intl.Collator(intlLocale());
		return allCountryCodes()
			.map((code) => ({ code, name: formatCountry(code) }))
			.sort((a, b) => collator.compare(a.name, b.name));
	}, [intlLocale()]);

	const save = async () => {
		setBusy(true);
		setStatus(null);
		try {
			if (visibility !== saved.visibility) await client.saveVisibility(visibility);
			if (country !== saved.country) await client.saveDefaultCountry(country === "" ? null : country);
			if (scoring.state.kind === "ready" && industriesText !== loadedIndustries) {
				const { settings } = scoring.state.value;
				await client.saveScoring({
					...settings,
					potential: { ...settings.potential, industries: industryList(industriesText) },
				});
				await scoring.reload();
				setIndustries(null);
			}
			setSaved({ visibility, country });
			setStatus({ ok: true, text: t("settings.team.saved") });
			// This browser's background reads the team's settings again now (not waited for).
			void sendMessage("syncNow", {}).catch(() => undefined);
		} catch (error) {
			const detail =
				error instanceof ApiError && error.failure.kind === "http"
					? (error.failure.problem?.errors?.map((e) => e.message).join(" ") ?? describeFailure(error))
					: describeFailure(error);
			setStatus({ ok: false, text: detail });
		} finally {
			setBusy(false);
		}
	};

	return (
		<section data-testid="team-settings">
			<h2>{t("settings.team.title")}</h2>
			{!isAdmin && <p class="muted small">{t("settings.team.adminOnly")}</p>}
			<form
				class="team-settings"
				onSubmit={(event) => {
					event.preventDefault();
					void save();
				}}
			>
				<fieldset>
					<legend>{t("settings.team.visibility")}</legend>
					{VISIBILITIES.map((value) => (
						<label class="choice" key={value}>
							<input
								type="radio"
								name="visibility"
								value={value}
								checked={visibility === value}
								disabled={!isAdmin}
								onChange={() => setVisibility(value)}
							/>{" "}
							{t(`settings.team.visibility.${value}`)}
						</label>
					))}
				</fieldset>
				<label class="field">
					<span>{t("settings.team.country")}</span>
					<select
						name="defaultCountry"
						value={country}
						disabled={!isAdmin}
						onChange={(event) => setCountry(event.currentTarget.value)}
					>
						<option value="">{t("settings.team.countryNone")}</option>
						{countries.map(({ code, name }) => (
							<option key={code} value={code}>
								{name} ({code})
							</option>
						))}
					</select>
					<small class="muted">{t("settings.team.countryHint")}</small>
				</label>
				<label class="field">
					<span>{t("settings.team.industries")}</span>
					<textarea
						name="industries"
						rows={4}
						disabled={!editsScoring || scoring.state.kind !== "ready"}
						placeholder={t("settings.team.industriesPlaceholder")}
						value={industriesText}
						onInput={(event) => setIndustries(event.currentTarget.value)}
					/>
					<small class="muted">{t("settings.team.industriesHint")}</small>
					{scoring.state.kind === "failed" && <small class="error">{scoring.state.detail}</small>}
				</label>
				{editsScoring && (
					<div class="buttons">
						<button type="submit" class="primary" disabled={busy}>
							{busy ? t("settings.team.saving") : t("settings.team.save")}
						</button>
					</div>
				)}
				{status && (
					<p class={status.ok ? "ok" : "error"} data-testid="team-settings-status" aria-live="polite">
						{status.text}
					</p>
				)}
			</form>
			{editsScoring && scoring.state.kind === "ready" && (
				<ScoringEditor stored={scoring.state.value} onSaved={scoring.reload} />
			)}
		</section>
	);
}
