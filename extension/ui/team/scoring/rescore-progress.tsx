import { useEffect, useState } from "preact/hooks";
import type { RescoreJob } from "../../../../shared/schema/scoring-answers";
import { type MessageKey, t } from "../../../i18n";
import { describeFailure } from "../../../sync/api-error";
import type { TeamClient } from "../../../sync/team-client";
import { formatNumber } from "../../format";

/** Between two polls of a running re-score; each poll also carries the job a step further. */
const POLL_MS = 700;

/**
 * Follows a re-score job until it is no longer running (GET /v1/team/scoring/jobs/:id), then calls
 * `onFinished` once. A failed poll is shown and retried on the next tick.
 */
export function useRescoreJob(client: TeamClient, onFinished: (job: RescoreJob) => void) {
	const [job, setJob] = useState<RescoreJob | null>(null);
	const [pollError, setPollError] = useState<string | null>(null);
	useEffect(() => {
		if (!job) return;
		if (job.state !== "running") {
			onFinished(job);
			return;
		}
		let stopped = false;
		const timer = setTimeout(async () => {
			try {
				const next = await client.scoringJob(job.id);
				if (!stopped) {
					setPollError(null);
					setJob(next);
				}
			} catch (error) {
				if (!stopped) {
					setPollError(describeFailure(error));
					setJob({ ...job });
				}
			}
		}, POLL_MS);
		return () => {
			stopped = true;
			clearTimeout(timer);
		};
	}, [job]);
	return { job, pollError, follow: setJob };
}

/** The re-score's progress bar: customers done of the total, and how it ended. */
export function RescoreProgress(props: { job: RescoreJob; pollError: string | null }) {
	const { job } = props;
	const total = Math.max(job.total, job.done, 0);
	const phase =
		job.state === "running"
			? t(`scoringEditor.job.phase.${job.phase}` as MessageKey)
			: t(`scoringEditor.job.state.${job.state}` as MessageKey);
	return (
		<div class="scoring-progress" data-testid="rescore-progress" data-state={job.state} aria-live="polite">
			<progress value={job.state === "done" ? total || 1 : job.done} max={total || 1} />
			<span data-testid="rescore-progress-text">
				{phase} · {t("scoringEditor.job.count", { done: formatNumber(job.done), total: formatNumber(total) })}
			</span>
			{job.error && job.state === "failed" && <small class="error">{job.error}</small>}
			{props.pollError && <small class="error">{props.pollError}</small>}
		</div>
	);
}
