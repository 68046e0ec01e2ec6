import { useEffect, useMemo, useState } from "preact/hooks";
import type { TierSummary } from "../../../../shared/schema/scoring-answers";
import type { ScoringSettings } from "../../../../shared/scoring/settings";
import { t } from "../../../i18n";
import { describeFailure } from "../../../sync/api-error";
import { useTeam } from "../team-context";
import { useLoaded } from "../use-loaded";
import { ChurnFields } from "./churn-fields";
import { apiFieldErrors, draftErrors, type FieldErrors, removeAt, setAt } from "./draft";
import { Draft, type ScoringDraft } from "./editor-context";
import { FxTable } from "./fx-table";
import { MarketWeights } from "./market-weights";
import { ModeFields } from "./mode-fields";
import { RescoreProgress, useRescoreJob } from "./rescore-progress";
import { SharesTable } from "./shares-table";
import { WeightFields } from "./weight-fields";

export interface StoredScoring {
	settings: ScoringSettings;
	version: number;
}

type Status = { ok: boolean; text: string } | null;

/**
 * The team's scoring settings, all of them: admins edit, preview the tiers the edit would give
 * (nothing saved) and save, which re-scores the team with a progress bar; managers read them.
 */
export function ScoringEditor(props: { stored: StoredScoring; onSaved: () => Promise<void> }) {
	const { client, me } = useTeam();
	// The API lets managers and admins change the settings (PUT /v1/team/scoring); salespeople read them.
	const readOnly = me.member.role === "sales";
	const { stored } = props;
	const [draft, setDraft] = useState(stored.settings);
	const [serverErrors, setServerErrors] = useState<FieldErrors>({});
	const [preview, setPreview] = useState<{ summary: TierSummary; of: string } | null>(null);
	const [status, setStatus] = useState<Status>(null);
	const [busy, setBusy] = useState(false);
	const summary = useLoaded(() => client.scoringSummary(), [client]);
	const rescore = useRescoreJob(client, (job) => {
		void summary.reload();
		void props.onSaved();
		setStatus(
			job.state === "done"
				? { ok: true, text: t("scoringEditor.saved") }
				: { ok: false, text: t("scoringEditor.job.notDone") },
		);
	});
	// Saved elsewhere (the industries above, another admin): start again from what is stored.
	useEffect(() => setDraft(stored.settings), [stored.version]);

	const localErrors = useMemo(() => draftErrors(draft), [draft]);
	const errors = { ...serverErrors, ...localErrors };
	const key = JSON.stringify(draft);
	const changed = key !== JSON.stringify(stored.settings);
	const context: ScoringDraft = {
		draft,
		errors,
		readOnly,
		set: (path, value) => {
			setDraft((d) => setAt(d, path, value));
			setServerErrors({});
		},
		remove: (path) => {
			setDraft((d) => removeAt(d, path));
			setServerErrors({});
		},
	};

	/** Runs one API call for the draft; a 422 puts the API's messages beside the fields. */
	const run = async (work: () => Promise<void>) => {
		if (Object.keys(localErrors).length > 0)
			return setStatus({ ok: false, text: t("scoringEditor.fixFields") });
		setBusy(true);
		setStatus(null);
		try {
			await work();
		} catch (error) {
			const fields = apiFieldErrors(error);
			if (fields) setServerErrors(fields);
			// Also listed here: an error at a path no field shows (the whole body, an unknown key).
			const listed = Object.entries(fields ?? {}).map(
				([path, message]) => `${path || "settings"}: ${message}`,
			);
			setStatus({
				ok: false,
				text: fields ? `${t("scoringEditor.fixFields")} ${listed.join("; ")}` : describeFailure(error),
			});
		} finally {
			setBusy(false);
		}
	};
	const previewDraft = () =>
		run(async () => setPreview({ summary: await client.previewScoring(draft), of: key }));
	const save = () =>
		run(async () => {
			const answer = await client.saveScoring(draft);
			setStatus({ ok: true, text: t("scoringEditor.saving") });
			if (answer.job) rescore.follow(answer.job);
			else await props.onSaved();
		});
	const running = rescore.job?.state === "running";

	return (
		<section data-testid="scoring-editor" class="scoring-editor">
			<h2>{t("scoringEditor.title")}</h2>
			<p class="muted small">{readOnly ? t("scoringEditor.readOnly") : t("scoringEditor.intro")}</p>
			<Draft.Provider value={context}>
				<form
					class="scoring-form"
					onSubmit={(event) => {
						event.preventDefault();
						void save();
					}}
				>
					<ModeFields />
					<WeightFields />
					<MarketWeights />
					<FxTable />
					<ChurnFields />
					<section class="scoring-part scoring-compare" data-testid="scoring-compare">
						<h3>{readOnly ? t("scoringEditor.shares.titleNow") : t("scoringEditor.shares.title")}</h3>
						<p class="muted small">
							{readOnly ? t("scoringEditor.shares.helpNow") : t("scoringEditor.shares.help")}
						</p>
						{summary.state.kind === "failed" && <p class="error">{summary.state.detail}</p>}
						<SharesTable
							now={summary.state.kind === "ready" ? summary.state.value : null}
							preview={preview?.summary ?? null}
							scheme={draft.labelScheme}
							withPreview={!readOnly}
						/>
						{preview && preview.of !== key && (
							<p class="muted small" data-testid="preview-stale">
								{t("scoringEditor.previewStale")}
							</p>
						)}
						{!readOnly && (
							<div class="buttons">
								<button type="button" disabled={busy || running} onClick={() => void previewDraft()}>
									{t("scoringEditor.preview")}
								</button>
								<button type="submit" class="primary" disabled={busy || running || !changed}>
									{t("scoringEditor.save")}
								</button>
								<button
									type="button"
									class="link"
									disabled={busy || running || !changed}
									onClick={() => {
										setDraft(stored.settings);
										setServerErrors({});
									}}
								>
									{t("scoringEditor.discard")}
								</button>
							</div>
						)}
						{rescore.job && <RescoreProgress job={rescore.job} pollError={rescore.pollError} />}
						{status && (
							<p class={status.ok ? "ok" : "error"} data-testid="scoring-status" aria-live="polite">
								{status.text}
							</p>
						)}
					</section>
				</form>
			</Draft.Provider>
		</section>
	);
}
