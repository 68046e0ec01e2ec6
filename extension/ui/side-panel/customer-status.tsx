import { useState } from "preact/hooks";
import type { Customer } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import { formatDate, formatRelative, formatScore } from "../format";
import { useAction } from "../hooks";
import { isolate } from "../isolated";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { usePanel } from "./context";
import { churnReasonText } from "./explanation-churn";

/** Tier badge for a team record; its tooltip explains the scores and any churn warning. */
export function CustomerTier({ customer }: { customer: Customer }) {
	const scores = t("tier.scores", {
		current: formatScore(customer.currentValue),
		potential: formatScore(customer.potentialValue),
	});
	const reason = churnReasonText(customer);
	// A restricted customer's values and churn are not sent (they come from orders and threads).
	const detail = customer.restricted
		? t("customer.restrictedShort")
		: reason
			? `${scores}\n${reason}`
			: scores;
	return (
		<TierBadge
			tier={customer.tier}
			label={displayTierLabel(customer.tier, customer.tierLabel)}
			detail={detail}
		/>
	);
}

/** Owner, pool and churn of a team customer, with what the salesperson may do about them. */
export function CustomerStatus({ customer }: { customer: Customer }) {
	const { me } = usePanel();
	const mine = customer.owner !== null && me !== null && customer.owner.id === me.member.id;
	const churnReason = churnReasonText(customer);
	return (
		<div class="status">
			<p class="muted" hidden={customer.restricted === true}>
				{t("customer.values", {
					current: formatScore(customer.currentValue),
					potential: formatScore(customer.potentialValue),
				})}
				{customer.lastInteractionAt
					? ` · ${t("customer.lastInteraction", { when: formatRelative(customer.lastInteractionAt) })}`
					: ""}
			</p>
			{customer.churn.flag && (
				<p class="warning" data-testid="churn-warning">
					{t("customer.churnWarning")}
					{churnReason ? t("scoring.churn.afterWarning", { reason: churnReason }) : ""}
				</p>
			)}
			{customer.inPool ? (
				<PoolNotice customer={customer} />
			) : mine ? (
				<p class="ok">{t("customer.yours")}</p>
			) : customer.owner ? (
				<ColleagueNotice customer={customer} owner={isolate(customer.owner.name)} />
			) : (
				<p class="muted">{t("customer.noOwner")}</p>
			)}
		</div>
	);
}

function PoolNotice({ customer }: { customer: Customer }) {
	const { api, syncNow } = usePanel();
	const claim = useAction(async () => {
		await (await api()).claim(customer.id);
		await syncNow();
	});
	return (
		<div class="notice">
			<p>{t("customer.inPool")}</p>
			<button type="button" disabled={claim.busy} onClick={() => void claim.run()}>
				{t("customer.claim")}
			</button>
			{claim.error && <p class="error">{claim.error}</p>}
		</div>
	);
}

function ColleagueNotice({ customer, owner }: { customer: Customer; owner: string }) {
	const { api } = usePanel();
	const [sent, setSent] = useState(false);
	const request = useAction(async () => {
		await (await api()).requestTransfer(customer.id);
		setSent(true);
	});
	const since = customer.ownerSince ? formatDate(customer.ownerSince) : "?";
	return (
		<div class="notice colleague" data-testid="owned-by-colleague">
			<p>
				<strong>{t("customer.ownedBy", { owner, since })}</strong>
			</p>
			{sent ? (
				<p class="ok">{t("transfer.sent", { owner })}</p>
			) : (
				<>
					<button type="button" disabled={request.busy} onClick={() => void request.run()}>
						{t("transfer.request")}
					</button>
					<p class="muted small">{t("transfer.explain", { owner })}</p>
				</>
			)}
			{request.error && <p class="error">{request.error}</p>}
		</div>
	);
}
