import { browser } from "wxt/browser";
import type { CaptureRequestParsed } from "../../../shared/schema/capture";
import type { Handlers } from "../../messaging/router";
import { recordCapture } from "../../store/captures";
import type { TierlineDb } from "../../store/db";
import { recordFollowUp } from "../../store/follow-ups";
import { getMeta } from "../../store/meta";
import { getApiSettings } from "../../store/settings";
import type { SyncEngine } from "../../sync/engine";
import type { LookupService } from "../../sync/lookup";
import { provisionalScore } from "../../sync/provisional";
import { displayTierLabel } from "../../ui/tier-label";
import { capturePageRequest } from "./capture-page";
import { refreshIdentity } from "./identity";
import { refreshTeamDay } from "./team-day";

export interface Services {
	db: TierlineDb;
	engine: SyncEngine;
	lookups: LookupService;
	/** Recount Today for the toolbar icon (after a local change). */
	todayChanged?: () => Promise<unknown>;
}

export function createHandlers({ db, engine, lookups, todayChanged = async () => 0 }: Services): Handlers {
	const followUpChanged = async () => {
		await todayChanged();
		void engine.drain();
		return { ok: true } as const;
	};
	const record = async (request: CaptureRequestParsed) => {
		const capture = await recordCapture(db, request, provisionalScore(request));
		void engine.drain();
		const tier = capture.provisional.tier;
		return {
			localId: capture.localId,
			customerId: capture.customerId,
			tier,
			tierLabel: displayTierLabel(tier),
		};
	};
	return {
		// Content scripts' lookups are budgeted per tab; extension pages' are not.
		lookup: async (request, { from, tabId }) => ({
			matches: await lookups.lookup(request, from === "content" ? tabId : undefined),
		}),

		capture: ({ request }) => record(request),

		// Read with the team's default country (from the last /v1/me) for numbers without a code.
		capturePage: async (payload) => record(capturePageRequest(payload, (await getMeta(db, "me"))?.team)),

		pageCaptured: async ({ capture }, { tabId }) => {
			if (tabId === undefined) throw new Error("pageCaptured needs a tab");
			await db.pages.put({ tabId, capture, updatedAt: new Date().toISOString() });
			return { ok: true };
		},

		openSidePanel: async (_payload, { tabId }) => {
			await openSidePanel(tabId);
			return { ok: true };
		},

		// Also asks who the token belongs to again (the team's settings may have just changed), and
		// the team's playbooks and pool warnings.
		syncNow: async () => {
			const settings = await getApiSettings();
			const [, , synced] = await Promise.all([
				refreshIdentity(db, settings),
				refreshTeamDay(db, settings),
				engine.syncNow(),
			]);
			await todayChanged();
			return synced;
		},

		setFollowUp: async ({ customerId, followUp }) => {
			const owner = (await getMeta(db, "me"))?.member.id ?? null;
			await recordFollowUp(db, customerId, { dueAt: followUp.dueAt, note: followUp.note ?? null }, owner);
			return followUpChanged();
		},

		clearFollowUp: async ({ customerId }) => {
			await recordFollowUp(db, customerId, null, null);
			return followUpChanged();
		},
	};
}

/** Chrome's side panel for the tab, or Firefox's sidebar (both need the user's click). */
async function openSidePanel(tabId: number | undefined): Promise<void> {
	const api = browser as unknown as {
		sidePanel?: { open(options: { tabId: number }): Promise<void> };
		sidebarAction?: { open(): Promise<void> };
	};
	if (api.sidePanel && tabId !== undefined) return api.sidePanel.open({ tabId });
	if (api.sidebarAction) return api.sidebarAction.open();
	throw new Error("This browser cannot open the side panel from here; use the toolbar button");
}
