import { useMemo, useState } from "preact/hooks";
import type { Tier } from "../../../shared/schema/common";
import type {
	HandoverDestination,
	HandoverInput,
	HandoverPlan,
	HandoverResult,
} from "../../../shared/schema/handover";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { HandoverPreview } from "./handover-preview";
import { downloadText, handoverReportCsv } from "./handover-report";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];

/**
 * Handover when someone leaves (人走客留): choose the leaver, the colleagues and what happens to each
 * tier (spread evenly, the pool, or one colleague), change single customers by hand in the preview,
 * then hand over in one action and download the report.
 */
export function HandoverSection() {
	const { client } = useTeam();
	const { state, reload } = useLoaded(() => client.members(), [client]);
	const [fromId, setFromId] = useState("");
	const [receivers, setReceivers] = useState<string[]>([]);
	const [tiers, setTiers] = useState<Partial<Record<Tier, HandoverDestination>>>({});
	const [byHand, setByHand] = useState<Map<string, string>>(new Map());
	const [plan, setPlan] = useState<HandoverPlan | null>(null);
	const [result, setResult] = useState<HandoverResult | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);

	const members = state.kind === "ready" ? state.value.items : [];
	const from = members.find((m) => m.id === fromId);
	const colleagues = useMemo(() => members.filter((m) => m.active && m.id !== fromId), [members, fromId]);
	const input = (): HandoverInput => ({
		fromMemberId: fromId,
		receivers,
		tiers,
		assignments: [...byHand].map(([customerId, to]) => ({ customerId, to })),
	});
	const run = async (action: () => Promise<void>) => {
		setBusy(true);
		setError(null);
		try {
			await action();
		} catch (e) {
			setError(describeFailure(e));
		} finally {
			setBusy(false);
		}
	};
	const preview = (next?: Map<string, string>) =>
		run(async () => {
			const assignments = [...(next ?? byHand)].map(([customerId, to]) => ({ customerId, to }));
			setPlan(await client.previewHandover({ ...input(), assignments }));
		});
	const commit = () =>
		run(async () => {
			if (!plan || !confirm(t("handover.confirm", { count: plan.total, name: plan.from.name }))) return;
			const done = await client.handover(input());
			setResult(done);
			setPlan(null);
			setByHand(new Map());
			await reload();
		});
	const changed = () => {
		setPlan(null);
		setResult(null);
	};

	if (state.kind === "loading") return <p class="muted">{t("team.loading")}</p>;
	if (state.kind === "failed") return <p class="error">{t("team.failed", { detail: state.detail })}</p>;
	return (
		<section data-testid="handover">
			<h2>{t("handover.title")}</h2>
			<p class="muted small">{t("handover.intro")}</p>
			<div class="handover-grid">
				<label class="field">
					<span>{t("handover.from")}</span>
					<select
						name="from"
						value={fromId}
						onChange={(e) => {
							setFromId(e.currentTarget.value);
							setReceivers([]);
							setByHand(new Map());
							changed();
						}}
					>
						<option value="">—</option>
						{members.map((m) => (
							<option key={m.id} value={m.id}>
								{m.name}
								{m.active ? "" : ` (${t("team.members.inactive")})`}
							</option>
						))}
					</select>
				</label>
				{from && (
					<p class="handover-owned" data-testid="handover-owned">
						{TIERS.map((tier) => (
							<span key={tier}>
								<TierBadge tier={tier} label={displayTierLabel(tier)} compact /> {from.customers[tier]}{" "}
							</span>
						))}
					</p>
				)}
			</div>
			{from && (
				<>
					<fieldset class="handover-receivers">
						<legend>{t("handover.receivers")}</legend>
						{colleagues.map((m) => (
							<label key={m.id} class="check">
								<input
									type="checkbox"
									name="receiver"
									value={m.id}
									checked={receivers.includes(m.id)}
									onChange={(e) => {
										const on = e.currentTarget.checked;
										setReceivers(on ? [...receivers, m.id] : receivers.filter((r) => r !== m.id));
										changed();
									}}
								/>{" "}
								{m.name}
							</label>
						))}
					</fieldset>
					<div class="handover-tiers">
						{TIERS.map((tier) => (
							<label key={tier} class="field">
								<span>
									<TierBadge tier={tier} label={displayTierLabel(tier)} compact />
								</span>
								<select
									name={`tier-${tier}`}
									value={tiers[tier] ?? "spread"}
									onChange={(e) => {
										setTiers({ ...tiers, [tier]: e.currentTarget.value });
										changed();
									}}
								>
									<option value="spread">{t("handover.spread")}</option>
									<option value="pool">{t("handover.toPool")}</option>
									{colleagues.map((m) => (
										<option key={m.id} value={m.id}>
											{t("handover.toMember", { name: m.name })}
										</option>
									))}
								</select>
							</label>
						))}
					</div>
					<div class="buttons">
						<button type="button" disabled={busy} onClick={() => void preview()}>
							{t("handover.preview")}
						</button>
						<button
							type="button"
							class="primary"
							disabled={busy || !plan || plan.total === 0}
							onClick={() => void commit()}
						>
							{t("handover.commit")}
						</button>
					</div>
				</>
			)}
			{error && (
				<p class="error" role="alert" data-testid="handover-error">
					{error}
				</p>
			)}
			{plan && (
				<HandoverPreview
					plan={plan}
					colleagues={colleagues}
					onAssign={(customerId, to) => {
						const next = new Map(byHand).set(customerId, to);
						setByHand(next);
						void preview(next);
					}}
				/>
			)}
			{result && (
				<div class="card" data-testid="handover-done">
					<p class="ok">{t("handover.done", { count: result.total, name: result.from.name })}</p>
					<button
						type="button"
						onClick={() => downloadText(`handover-${result.at.slice(0, 10)}.csv`, handoverReportCsv(result))}
					>
						{t("handover.report")}
					</button>
				</div>
			)}
		</section>
	);
}
