import { dueDayOf } from "../../../shared/schema/follow-up";
import { dueTime } from "../../day/follow-up-dates";
import type { TodayReason, TodayRow } from "../../day/select-today";
import { t } from "../../i18n";
import { formatDate, formatDay, formatRelative } from "../format";
import { Isolated } from "../isolated";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { usePanel } from "./context";
import { usePaintedMark } from "./customer-list";

export const TODAY_PAINTED_MARK = "tierline:today-painted";

/**
 * Today: overdue and due follow-ups, buyers waiting for a reply, customers about to go to the
 * pool — Platinum first, then the longest waiting. Read from the local cache (offline too).
 */
export function TodayView({ rows }: { rows: TodayRow[] | null }) {
	const { navigate } = usePanel();
	usePaintedMark(rows !== null, TODAY_PAINTED_MARK);
	if (rows === null) return <p class="muted">{t("common.loading")}</p>;
	return (
		<section class="today" data-testid="today">
			<h2>
				{t("today.title")}{" "}
				{rows.length > 0 && <span class="muted small">{t("today.count", { count: rows.length })}</span>}
			</h2>
			{rows.length === 0 && <p class="muted">{t("today.empty")}</p>}
			<ul class="rows">
				{rows.map((row) => (
					<li
						key={row.customerId}
						class="today-row"
						data-testid="today-row"
						data-customer-id={row.customerId}
					>
						<div class="row">
							<TierBadge tier={row.tier} label={displayTierLabel(row.tier, row.tierLabel)} compact />
							<button
								type="button"
								class="link name"
								onClick={() => navigate({ name: "customer", id: row.customerId })}
							>
								<Isolated>{row.name}</Isolated>
							</button>
						</div>
						{row.reasons.map((reason) => (
							<div
								key={reason.kind}
								class={`small reason ${reason.kind}`}
								data-testid={`today-${reason.kind}`}
							>
								{reasonText(reason)}
								{reason.kind === "followUp" && reason.note && (
									<>
										{" · "}
										<Isolated class="muted">{reason.note}</Isolated>
									</>
								)}
							</div>
						))}
					</li>
				))}
			</ul>
		</section>
	);
}

function reasonText(reason: TodayReason): string {
	switch (reason.kind) {
		case "followUp": {
			if (reason.overdue) return t("today.overdue", { date: formatDay(dueDayOf(reason.dueAt)) });
			const time = dueTime(reason.dueAt);
			return time ? t("today.dueAt", { time }) : t("today.due");
		}
		case "waiting": {
			const waiting = t("today.waiting", { when: formatRelative(reason.since) });
			return reason.replyWindowEndsAt ? `${waiting} · ${replyWindowText(reason.replyWindowEndsAt)}` : waiting;
		}
		case "pool":
			return t("today.pool", { date: formatDate(reason.releaseAt) });
	}
}

/** The hours left in Alibaba.com's reply window, or when it closed. */
export function replyWindowText(endsAt: string, now = Date.now()): string {
	const left = Date.parse(endsAt) - now;
	if (left <= 0) return t("today.replyWindowClosed", { when: formatRelative(endsAt, now) });
	if (left < 3_600_000) return t("today.replyWindowLastHour");
	return t("today.replyWindowLeft", { hours: Math.floor(left / 3_600_000) });
}
