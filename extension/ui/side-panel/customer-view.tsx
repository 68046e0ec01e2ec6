import { useCallback, useEffect, useState } from "preact/hooks";
import { customerZone } from "../../../shared/local-time/buyer-zone";
import type { CustomerDetail } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import type { CachedCustomer } from "../../store/db";
import { describeFailure } from "../../sync/api-error";
import { formatDateTime } from "../format";
import { formatPhone } from "../format-phone";
import { useLive } from "../hooks";
import { Isolated, isolate } from "../isolated";
import { BuyerLocalTime } from "./buyer-local-time";
import { usePanel } from "./context";
import { CustomerEdit } from "./customer-edit";
import { CustomerNotes } from "./customer-notes";
import { CustomerOrders } from "./customer-orders";
import { CustomerStatus, CustomerTier } from "./customer-status";
import { Explanation } from "./explanation";
import { FollowUpControl } from "./follow-up-control";
import { HandoverNotice } from "./new-to-you";
import { PossibleDuplicateNotice } from "./possible-duplicate";
import { timelineWords } from "./timeline-words";

/** One customer: the cached record at once, the full record (history, orders, notes) from the API. */
export function CustomerView({ id }: { id: string }) {
	const { db, api, navigate } = usePanel();
	const cached = useLive<CachedCustomer | undefined>(() => db.customers.get(id), [id], undefined);
	const [detail, setDetail] = useState<CustomerDetail | null>(null);
	const [error, setError] = useState<string | null>(null);
	const reload = useCallback(async () => {
		try {
			setDetail(await (await api()).getCustomer(id));
			setError(null);
		} catch (e) {
			setError(describeFailure(e));
		}
	}, [api, id]);
	useEffect(() => {
		void reload();
	}, [reload]);

	const customer = detail ?? cached;
	return (
		<div class="customer-view" data-testid="customer-view">
			<button type="button" class="link" onClick={() => navigate({ name: "customers" })}>
				← {t("nav.back")}
			</button>
			{customer ? (
				<header>
					<h2 class="name">
						<CustomerTier customer={customer} /> <Isolated>{customer.name}</Isolated>
					</h2>
					<CustomerStatus customer={customer} />
					<HandoverNotice customer={customer} />
					<BuyerLocalTime zone={customerZone(customer)} />
					<PossibleDuplicateNotice customer={customer} onDecided={() => void reload()} />
				</header>
			) : (
				!error && <p class="muted">{t("common.loading")}</p>
			)}
			{error && <p class="error">{t("customer.loadFailed", { reason: error })}</p>}
			{detail?.restricted && <RestrictedNotice owner={detail.owner?.name ?? "?"} />}
			{customer && !customer.restricted && (
				<FollowUpControl
					customerId={customer.id}
					tier={customer.tier}
					tierLabel={customer.tierLabel}
					// The cache first: a change made here shows at once, before the server has it.
					followUp={cached ? cached.followUp : detail?.followUp}
					lastActivityAt={lastActivityOf(customer, detail)}
				/>
			)}
			{detail && !detail.restricted && (
				<>
					<Explanation explanation={detail.explanation} />
					<CustomerEdit customer={detail} onSaved={setDetail} onConflict={reload} />
					<Contacts detail={detail} />
					<Timeline detail={detail} />
					<CustomerOrders detail={detail} onChanged={reload} />
					<CustomerNotes detail={detail} onChanged={reload} />
				</>
			)}
		</div>
	);
}

/** The latest capture, reply or order: what a new follow-up is proposed after. */
function lastActivityOf(
	customer: CachedCustomer | CustomerDetail,
	detail: CustomerDetail | null,
): string | null {
	const times = [customer.lastInteractionAt, ...(detail?.orders ?? []).map((o) => o.createdAt)].filter(
		(v): v is string => v !== null,
	);
	return times.reduce<string | null>((a, b) => (a === null || Date.parse(b) > Date.parse(a) ? b : a), null);
}

/**
 * A colleague's customer under the team's "private by owner" rule: the API sends its name, owner,
 * tier and pool state only, so instead of contacts, history, orders and notes the panel says whom to ask.
 */
function RestrictedNotice({ owner }: { owner: string }) {
	return (
		<section class="notice" data-testid="customer-restricted">
			<p>{t("customer.restricted", { owner: isolate(owner) })}</p>
		</section>
	);
}

function Contacts({ detail }: { detail: CustomerDetail }) {
	return (
		<section>
			<h3>{t("customer.contacts")}</h3>
			{detail.contacts.length === 0 && <p class="muted">{t("common.none")}</p>}
			<ul class="rows">
				{detail.contacts.map((c) => (
					<li key={c.id} data-testid="customer-contact">
						<Isolated class="name">{c.name ?? c.email ?? "?"}</Isolated>
						{[
							c.title,
							c.email,
							c.phone && formatPhone(c.phone),
							c.phoneAsWritten && t("contact.phoneAsWritten", { phone: c.phoneAsWritten }),
							c.whatsapp && `WhatsApp ${formatPhone(c.whatsapp)}`,
							c.wechat && `WeChat ${c.wechat}`,
						]
							.filter(Boolean)
							.map((part) => (
								<span key={String(part)} class="muted small">
									{" "}
									· {part}
								</span>
							))}
					</li>
				))}
			</ul>
		</section>
	);
}

function Timeline({ detail }: { detail: CustomerDetail }) {
	const items = [...detail.interactions].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
	return (
		<section>
			<h3>{t("customer.timeline")}</h3>
			{items.length === 0 && <p class="muted">{t("common.none")}</p>}
			<ul class="timeline">
				{items.map((item) => (
					<li key={item.id}>
						<span class="muted small">{formatDateTime(item.occurredAt)}</span>{" "}
						<span class="small">{timelineWords(item)}</span>
						<div>{item.subject ?? item.summary ?? ""}</div>
						{item.createdBy && (
							<span class="muted small">{t("timeline.by", { name: isolate(item.createdBy.name) })}</span>
						)}
					</li>
				))}
			</ul>
		</section>
	);
}
