import { t } from "../../i18n";
import type { LocalCapture } from "../../store/db";
import { getMeta } from "../../store/meta";
import { nextAttemptAt } from "../../store/outbox";
import { SYNC_PERIOD_MINUTES } from "../../sync/schedule";
import { formatRelative } from "../format";
import { useAction, useLive } from "../hooks";
import { Isolated } from "../isolated";
import { LocalCaptureState } from "./contact-card";
import { usePanel } from "./context";

interface SyncState {
	pending: number;
	failed: number;
	lastSyncAt: string | null;
	lastError: string | null;
	/** Epoch ms of the next push attempt, when captures wait. */
	nextAttemptAt: number | null;
}

function useSyncState(): SyncState | null {
	const { db } = usePanel();
	return useLive<SyncState | null>(
		async () => ({
			pending: await db.outbox.count(),
			failed: await db.captures.where("status").equals("failed").count(),
			lastSyncAt: (await getMeta(db, "lastSyncAt")) ?? null,
			lastError: (await getMeta(db, "lastSyncError")) ?? null,
			nextAttemptAt: await nextAttemptAt(db),
		}),
		[],
		null,
	);
}

/** One line under the header: what is waiting, when we last synced, the last error. */
export function SyncBar() {
	const { navigate, openSettings } = usePanel();
	const state = useSyncState();
	if (!state) return null;
	if (state.lastError === "not-configured") {
		return (
			<div class="sync-bar error" data-testid="sync-bar">
				{t("sync.notConfigured")}{" "}
				<button type="button" class="link" onClick={openSettings}>
					{t("sync.openSettings")}
				</button>
			</div>
		);
	}
	return (
		<button type="button" class="sync-bar" data-testid="sync-bar" onClick={() => navigate({ name: "sync" })}>
			<span data-testid="sync-pending">
				{state.pending === 0
					? state.lastError
						? t("sync.failed")
						: t("sync.allSynced")
					: state.pending === 1
						? t("sync.pendingOne")
						: t("sync.pendingMany", { count: state.pending })}
			</span>
			{state.failed > 0 && <span class="error"> · {t("sync.failedCount", { count: state.failed })}</span>}
			{state.lastSyncAt && (
				<span class="muted"> · {t("sync.lastSynced", { when: formatRelative(state.lastSyncAt) })}</span>
			)}
			{state.lastError && (
				<span class="error" data-testid="sync-error">
					{" "}
					· {state.lastError} · {retryText(state)}
				</span>
			)}
		</button>
	);
}

/** When the failed sync is tried again: the next push attempt, or the next periodic pull. */
function retryText(state: SyncState): string {
	if (state.pending > 0 && state.nextAttemptAt !== null)
		return t("sync.retryAt", { when: formatRelative(new Date(state.nextAttemptAt).toISOString()) });
	return t("sync.retryWithin", { minutes: SYNC_PERIOD_MINUTES });
}

/** The sync page: state, "Sync now", and the captures made in this browser. */
export function SyncView() {
	const { db, syncNow } = usePanel();
	const state = useSyncState();
	const captures = useLive<LocalCapture[]>(
		() => db.captures.orderBy("createdAt").reverse().limit(50).toArray(),
		[],
		[],
	);
	const sync = useAction(syncNow);
	return (
		<div data-testid="sync-view">
			<SyncBar />
			{state?.lastError && state.lastError !== "not-configured" && (
				<p class="error">{t("sync.lastError", { error: state.lastError })}</p>
			)}
			<button type="button" class="primary" disabled={sync.busy} onClick={() => void sync.run()}>
				{sync.busy ? t("sync.syncing") : t("sync.now")}
			</button>
			{sync.error && <p class="error">{sync.error}</p>}
			<h2>{t("sync.captures")}</h2>
			{captures.length === 0 && <p class="muted">{t("sync.noCaptures")}</p>}
			<ul class="rows">
				{captures.map((capture) => (
					<li key={capture.localId} class="capture-row" data-testid="capture-row">
						<Isolated class="name">{capture.name}</Isolated>
						{capture.status === "synced" ? (
							<span class="muted small"> · {t("capture.synced")}</span>
						) : (
							<LocalCaptureState capture={capture} />
						)}
					</li>
				))}
			</ul>
		</div>
	);
}
