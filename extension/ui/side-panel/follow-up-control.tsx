import { useState } from "preact/hooks";
import type { Tier } from "../../../shared/schema/common";
import type { FollowUpRef } from "../../../shared/schema/customer";
import { dueDayOf } from "../../../shared/schema/follow-up";
import { DEFAULT_PLAYBOOKS, type Playbooks } from "../../../shared/schema/playbooks";
import {
	composeDueAt,
	dueTime,
	QUICK_PICKS,
	type QuickPick,
	quickPickDay,
	SNOOZES,
	snoozedDay,
} from "../../day/follow-up-dates";
import { localDay } from "../../day/local-day";
import { proposeFollowUp, shouldPropose } from "../../day/propose-follow-up";
import { type MessageKey, t } from "../../i18n";
import { sendMessage } from "../../messaging/client";
import { getMeta } from "../../store/meta";
import { formatDay } from "../format";
import { useAction, useLive } from "../hooks";
import { Isolated } from "../isolated";
import { playbookStepText } from "../playbook-step";
import { displayTierLabel } from "../tier-label";
import { usePanel } from "./context";

export interface FollowUpControlProps {
	customerId: string;
	tier: Tier;
	tierLabel: string;
	followUp: FollowUpRef | null | undefined;
	/** The latest capture, order or reply: after one, the tier's playbook proposes the next follow-up. */
	lastActivityAt: string | null;
}

/**
 * The customer's next follow-up: quick picks (tomorrow, 3 days, 1 week, 2 weeks) or a date, an
 * optional time and note; done and snooze. Every change is local first (the background's outbox).
 */
export function FollowUpControl(props: FollowUpControlProps) {
	const { db, me } = usePanel();
	const playbooks = useLive<Playbooks>(
		async () => (await getMeta(db, "playbooks")) ?? DEFAULT_PLAYBOOKS,
		[],
		DEFAULT_PLAYBOOKS,
	);
	const [editing, setEditing] = useState(false);
	const [dismissed, setDismissed] = useState(false);
	const today = localDay(new Date());
	const followUp = props.followUp ?? null;
	const save = useAction(async (dueAt: string, note: string | null) => {
		await sendMessage("setFollowUp", {
			customerId: props.customerId,
			followUp: { dueAt, ...(note ? { note } : {}) },
		});
		setEditing(false);
		setDismissed(true);
	});
	const done = useAction(() => sendMessage("clearFollowUp", { customerId: props.customerId }));
	const proposal = proposeFollowUp(props.tier, playbooks, today);
	const propose = !dismissed && shouldPropose(followUp, props.lastActivityAt);
	const day = followUp ? dueDayOf(followUp.dueAt) : null;
	const time = followUp ? dueTime(followUp.dueAt) : null;
	const error = save.error ?? done.error;

	return (
		<section class="follow-up" data-testid="follow-up">
			<h3>{t("followUp.title")}</h3>
			{followUp && day ? (
				<div data-testid="follow-up-current">
					<p class={day < today ? "warning" : undefined}>
						{t(day < today ? "followUp.overdue" : "followUp.due", { date: formatDay(day) })}
						{time && ` ${time}`}
						{me && followUp.ownerId && followUp.ownerId !== me.member.id && (
							<span class="muted small"> · {t("followUp.by")}</span>
						)}
					</p>
					{followUp.note && (
						<p class="small">
							<Isolated>{followUp.note}</Isolated>
						</p>
					)}
					<div class="row wrap">
						<button type="button" class="primary" disabled={done.busy} onClick={() => void done.run()}>
							{t("followUp.done")}
						</button>
						<span class="muted small">{t("followUp.snooze")}</span>
						{SNOOZES.map((days) => (
							<button
								type="button"
								key={days}
								disabled={save.busy}
								onClick={() =>
									void save.run(composeDueAt(snoozedDay(followUp.dueAt, days, today), time), followUp.note)
								}
							>
								{t("followUp.snoozeDays", { days })}
							</button>
						))}
						{!editing && (
							<button type="button" class="link" onClick={() => setEditing(true)}>
								{t("followUp.change")}
							</button>
						)}
					</div>
				</div>
			) : (
				<p class="muted">{t("followUp.none")}</p>
			)}
			{propose && (
				<div class="notice proposal" data-testid="follow-up-proposal">
					<p class="small">
						{t("followUp.propose", {
							tier: displayTierLabel(props.tier, props.tierLabel),
							days: proposal.days,
							date: formatDay(proposal.day),
							step: playbookStepText(props.tier, proposal.note),
						})}
					</p>
					<div class="row wrap">
						<button
							type="button"
							class="primary"
							disabled={save.busy}
							onClick={() => void save.run(proposal.day, playbookStepText(props.tier, proposal.note))}
						>
							{t("followUp.accept")}
						</button>
						<button type="button" class="link" onClick={() => setDismissed(true)}>
							{t("followUp.cancel")}
						</button>
					</div>
				</div>
			)}
			{(editing || !followUp) && (
				<FollowUpForm
					today={today}
					initial={followUp}
					busy={save.busy}
					onSave={(dueAt, note) => void save.run(dueAt, note)}
					onCancel={followUp ? () => setEditing(false) : undefined}
				/>
			)}
			{error && <p class="error small">{error}</p>}
		</section>
	);
}

function FollowUpForm(props: {
	today: string;
	initial: FollowUpRef | null;
	busy: boolean;
	onSave: (dueAt: string, note: string | null) => void;
	onCancel?: () => void;
}) {
	const [day, setDay] = useState(
		props.initial ? dueDayOf(props.initial.dueAt) : quickPickDay("tomorrow", props.today),
	);
	const [time, setTime] = useState(props.initial ? (dueTime(props.initial.dueAt) ?? "") : "");
	const [note, setNote] = useState(props.initial?.note ?? "");
	const picks = Object.keys(QUICK_PICKS) as QuickPick[];
	return (
		<form
			class="follow-up-form"
			data-testid="follow-up-form"
			onSubmit={(e) => {
				e.preventDefault();
				props.onSave(composeDueAt(day, time || null), note.trim() || null);
			}}
		>
			<fieldset class="quick-picks">
				{picks.map((pick) => {
					const pickDay = quickPickDay(pick, props.today);
					return (
						<button
							type="button"
							key={pick}
							class={pickDay === day ? "pick active" : "pick"}
							aria-pressed={pickDay === day}
							title={formatDay(pickDay)}
							onClick={() => setDay(pickDay)}
						>
							{t(`followUp.${pick}` as MessageKey)}
						</button>
					);
				})}
			</fieldset>
			<div class="follow-up-fields">
				<label class="field">
					<span>{t("followUp.date")}</span>
					<input
						type="date"
						required
						min={props.today}
						value={day}
						onInput={(e) => setDay(e.currentTarget.value)}
					/>
				</label>
				<label class="field">
					<span>{t("followUp.time")}</span>
					<input type="time" value={time} onInput={(e) => setTime(e.currentTarget.value)} />
				</label>
			</div>
			<label class="field">
				<span>{t("followUp.note")}</span>
				<input type="text" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
			</label>
			<div class="row wrap">
				<button type="submit" class="primary" disabled={props.busy || !day}>
					{t("followUp.set")}
				</button>
				{props.onCancel && (
					<button type="button" class="link" onClick={props.onCancel}>
						{t("followUp.cancel")}
					</button>
				)}
			</div>
		</form>
	);
}
