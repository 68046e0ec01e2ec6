import { useState } from "preact/hooks";
import type { MemberOverview } from "../../../../shared/schema/member-overview";
import type { BulkCustomerAction } from "../../../../shared/schema/team-customers";
import { t } from "../../../i18n";
import { ApiError, describeFailure } from "../../../sync/api-error";
import { formatCount } from "../../format";
import { useTeam } from "../team-context";

export type Outcome = { kind: "ok"; text: string } | { kind: "refused"; text: string; reasons: string[] };

/** A refused bulk action: the problem's detail, and one line per customer it names. */
function refusal(error: unknown): Outcome {
	const problem = error instanceof ApiError && error.failure.kind === "http" ? error.failure.problem : null;
	if (!problem)
		return { kind: "refused", text: t("customers.refused", { detail: describeFailure(error) }), reasons: [] };
	return {
		kind: "refused",
		text: t("customers.refused", { detail: problem.detail ?? problem.title }),
		reasons: (problem.errors ?? []).map((e) => e.message),
	};
}

/** The selected customers' actions: transfer to a member, or release to the pool — all or none. */
export function BulkBar(props: {
	selected: Map<string, number>;
	members: MemberOverview[];
	onDone: (outcome: Outcome) => void;
}) {
	const { client, me } = useTeam();
	const [to, setTo] = useState("");
	const [busy, setBusy] = useState(false);
	const count = props.selected.size;
	const customers = () => [...props.selected].map(([id, version]) => ({ id, version }));
	const run = async (input: BulkCustomerAction, done: string) => {
		setBusy(true);
		try {
			await client.bulkCustomers(input);
			props.onDone({ kind: "ok", text: done });
		} catch (error) {
			props.onDone(refusal(error));
		} finally {
			setBusy(false);
		}
	};
	// A salesperson sees only themself among the members: nobody to transfer to.
	const selfToo = me.member.role !== "sales";
	const targets = props.members.filter((m) => m.active && (selfToo || m.id !== me.member.id));
	const target = targets.find((m) => m.id === to);
	return (
		<fieldset class="bulk-bar" data-testid="bulk-bar" aria-label={t("customers.selected", { count })}>
			<strong data-testid="selected-count">{t("customers.selected", { count: formatCount(count) })}</strong>
			{targets.length > 0 && (
				<>
					<label class="inline-field">
						<span>{t("customers.transferTo")}</span>
						<select name="transferTo" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
							<option value="" />
							{targets.map((m) => (
								<option key={m.id} value={m.id}>
									{m.name}
								</option>
							))}
						</select>
					</label>
					<button
						type="button"
						disabled={busy || count === 0 || !target}
						onClick={() =>
							target &&
							void run(
								{ action: "transfer", toMemberId: target.id, customers: customers() },
								t("customers.transferred", { count: formatCount(count), name: target.name }),
							)
						}
					>
						{t("customers.transfer")}
					</button>
				</>
			)}
			<button
				type="button"
				disabled={busy || count === 0}
				onClick={() => {
					if (!confirm(t("customers.confirmRelease", { count: formatCount(count) }))) return;
					void run(
						{ action: "release", customers: customers() },
						t("customers.released", { count: formatCount(count) }),
					);
				}}
			>
				{t("customers.release")}
			</button>
		</fieldset>
	);
}
