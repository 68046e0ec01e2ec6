import { useEffect, useState } from "preact/hooks";
import type { Tier } from "../../../shared/schema/common";
import { DEFAULT_PLAYBOOKS, type Playbook, type Playbooks } from "../../../shared/schema/playbooks";
import { t } from "../../i18n";
import { ApiError, describeFailure } from "../../sync/api-error";
import { playbookStepText, playbookStepToStore } from "../playbook-step";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];
/** The one extra number a tier's playbook has, if any. */
const EXTRA: Partial<
	Record<
		Tier,
		{ key: "reviewEveryDays" | "qualifyWithinDays"; label: "playbooks.review" | "playbooks.qualify" }
	>
> = {
	iron: { key: "reviewEveryDays", label: "playbooks.review" },
	lead: { key: "qualifyWithinDays", label: "playbooks.qualify" },
};

/** The steps as shown (defaults in the UI's language) and back as stored. */
const shown = (p: Playbooks): Playbooks => mapSteps(p, playbookStepText);
const stored = (p: Playbooks): Playbooks => mapSteps(p, playbookStepToStore);
function mapSteps(p: Playbooks, map: (tier: Tier, step: string) => string): Playbooks {
	const next = { ...p };
	for (const tier of TIERS) next[tier] = { ...p[tier], nextStep: map(tier, p[tier].nextStep) };
	return next;
}

/** Per-tier playbooks (GET|PUT /v1/team/playbooks): admins and managers edit, salespeople read. */
export function PlaybooksSection() {
	const { client, me } = useTeam();
	const editable = me.member.role !== "sales";
	const loaded = useLoaded(() => client.playbooks(), [client]);
	const [draft, setDraft] = useState<Playbooks | null>(null);
	const [errors, setErrors] = useState<Record<string, string>>({});
	const [status, setStatus] = useState<string | null>(null);
	useEffect(() => {
		if (loaded.state.kind === "ready") setDraft(shown(loaded.state.value.playbooks));
	}, [loaded.state]);

	const save = async () => {
		if (!draft) return;
		setErrors({});
		setStatus(null);
		try {
			setDraft(shown((await client.savePlaybooks(stored(draft))).playbooks));
			setStatus(t("playbooks.saved"));
		} catch (error) {
			const fields =
				error instanceof ApiError && error.failure.kind === "http"
					? error.failure.problem?.errors
					: undefined;
			setErrors(Object.fromEntries((fields ?? []).map((f) => [f.path.replace(/^body\./, ""), f.message])));
			setStatus(describeFailure(error));
		}
	};

	if (loaded.state.kind === "failed")
		return <p class="error">{t("team.failed", { detail: loaded.state.detail })}</p>;
	if (!draft) return <p class="muted">{t("team.loading")}</p>;
	const setTier = (tier: Tier, change: Partial<Playbook>) =>
		setDraft({ ...draft, [tier]: { ...draft[tier], ...change } });
	const days = (text: string) => (text.trim() === "" ? 0 : Number(text));

	return (
		<section data-testid="playbooks">
			<h2>{t("playbooks.title")}</h2>
			<p class="muted">{t("playbooks.hint")}</p>
			{!editable && <p class="muted small">{t("playbooks.readOnly")}</p>}
			<div class="playbooks">
				{TIERS.map((tier) => {
					const extra = EXTRA[tier];
					const field = (path: string) => errors[path] && <small class="error">{errors[path]}</small>;
					return (
						<fieldset key={tier} class="card playbook" data-tier={tier}>
							<legend>
								<TierBadge tier={tier} label={displayTierLabel(tier)} />
							</legend>
							<label class="field">
								<span>{t("playbooks.cadence")}</span>
								<input
									type="number"
									min={1}
									max={365}
									name={`${tier}.cadenceDays`}
									disabled={!editable}
									value={draft[tier].cadenceDays}
									onInput={(e) => setTier(tier, { cadenceDays: days(e.currentTarget.value) })}
								/>
								{field(`${tier}.cadenceDays`)}
							</label>
							{extra && (
								<label class="field">
									<span>{t(extra.label)}</span>
									<input
										type="number"
										min={1}
										max={365}
										name={`${tier}.${extra.key}`}
										disabled={!editable}
										value={draft[tier][extra.key] ?? ""}
										onInput={(e) => setTier(tier, { [extra.key]: days(e.currentTarget.value) || undefined })}
									/>
									{field(`${tier}.${extra.key}`)}
								</label>
							)}
							<label class="field wide">
								<span>{t("playbooks.nextStep")}</span>
								<textarea
									rows={2}
									maxLength={300}
									name={`${tier}.nextStep`}
									disabled={!editable}
									value={draft[tier].nextStep}
									onInput={(e) => setTier(tier, { nextStep: e.currentTarget.value })}
								/>
								{field(`${tier}.nextStep`)}
							</label>
						</fieldset>
					);
				})}
			</div>
			<label class="field">
				<span>{t("playbooks.reply")}</span>
				<input
					type="number"
					min={1}
					max={720}
					name="replyWithinHours"
					disabled={!editable}
					value={draft.replyWithinHours}
					onInput={(e) => setDraft({ ...draft, replyWithinHours: days(e.currentTarget.value) })}
				/>
				{errors.replyWithinHours && <small class="error">{errors.replyWithinHours}</small>}
			</label>
			{editable && (
				<div class="buttons">
					<button type="button" class="primary" onClick={() => void save()}>
						{t("playbooks.save")}
					</button>
					<button type="button" onClick={() => setDraft(shown(DEFAULT_PLAYBOOKS))}>
						{t("playbooks.defaults")}
					</button>
				</div>
			)}
			{status && (
				<p
					class={Object.keys(errors).length > 0 ? "error" : "ok"}
					role="status"
					data-testid="playbooks-status"
				>
					{status}
				</p>
			)}
		</section>
	);
}
