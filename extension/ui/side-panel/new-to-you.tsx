import { useEffect } from "preact/hooks";
import type { Customer } from "../../../shared/schema";
import { t } from "../../i18n";
import type { TierlineDb } from "../../store/db";
import { getMeta, setMeta } from "../../store/meta";
import { formatDate } from "../format";
import { useLive } from "../hooks";
import { isolate } from "../isolated";
import { usePanel } from "./context";

/** Handovers remembered as seen; the oldest are forgotten beyond this. */
const SEEN_KEPT = 2_000;

/** One handover of one customer: seeing it once does not hide a later handover of the same customer. */
const handoverKey = (customer: Customer) => `${customer.id}@${customer.handover?.at ?? ""}`;

/** A customer handed over to `memberId` (人走客留) that this device has not opened since. */
export function isNewToYou(
	customer: Customer,
	memberId: string | undefined,
	seen: ReadonlySet<string>,
): boolean {
	if (!customer.handover || memberId === undefined || customer.owner?.id !== memberId) return false;
	return !seen.has(handoverKey(customer));
}

export async function markHandoverSeen(db: TierlineDb, customer: Customer): Promise<void> {
	if (!customer.handover) return;
	const seen = (await getMeta(db, "seenHandovers")) ?? [];
	const key = handoverKey(customer);
	if (seen.includes(key)) return;
	await setMeta(db, "seenHandovers", [...seen, key].slice(-SEEN_KEPT));
}

function useSeenHandovers(): ReadonlySet<string> {
	const { db } = usePanel();
	return useLive(async () => new Set((await getMeta(db, "seenHandovers")) ?? []), [db], new Set<string>());
}

/** "new to you" beside a handed-over customer in the list, until it is opened. */
export function NewToYouChip({ customer }: { customer: Customer }) {
	const { me } = usePanel();
	const seen = useSeenHandovers();
	if (!isNewToYou(customer, me?.member.id, seen)) return null;
	return (
		<span class="chip new small" data-testid="new-to-you">
			{t("customer.newToYou")}
		</span>
	);
}

/** On the customer's page, while the handover still explains the owner: who handed it over and when; opening it marks it seen. */
export function HandoverNotice({ customer }: { customer: Customer }) {
	const { db, me } = usePanel();
	const handover = customer.handover;
	const mine = Boolean(handover) && customer.owner?.id === me?.member.id;
	useEffect(() => {
		if (mine) void markHandoverSeen(db, customer);
	}, [db, customer.id, handover?.at, mine]);
	if (!handover || !mine) return null;
	return (
		<p class="notice handover" data-testid="handover-notice">
			{t("customer.handedOver", { from: isolate(handover.fromName), date: formatDate(handover.at) })}
		</p>
	);
}
