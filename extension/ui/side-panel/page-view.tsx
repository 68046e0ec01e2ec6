import { useMemo } from "preact/hooks";
import { isOwnOrColleague, ownAccountOf } from "../../../shared/capture/never-a-lead";
import { emailInquiry } from "../../../shared/inquiry/email-inquiry";
import { isAutomatedSender } from "../../../shared/normalize/automated-sender";
import type { PageCapture, PageContact } from "../../../shared/schema/page-capture";
import { dictionaries, type MessageKey, t } from "../../i18n";
import { withTextDetails } from "../../sites/gmail/text-details";
import type { TabPage } from "../../store/db";
import { formatDateTime, formatNumber } from "../format";
import { formatUnit } from "../format-unit";
import { useLive } from "../hooks";
import { ContactCard } from "./contact-card";
import { usePanel } from "./context";
import { InquiryFound } from "./inquiry-found";

/** The current tab: what its content script read, and the team's record for each person. */
export function PageView({ tabId }: { tabId: number | null }) {
	const { db, navigate, me } = usePanel();
	const page = useLive<TabPage | undefined | null>(
		async () => (tabId === null ? undefined : db.pages.get(tabId)),
		[tabId],
		null,
	);
	const defaultCountry = me?.team.defaultCountry;
	const enriched = useMemo(
		() => (page ? withTextDetails(page.capture, { defaultCountry }) : null),
		[page, defaultCountry],
	);
	if (page === null) return <p class="muted">{t("common.loading")}</p>;
	if (!page) {
		return (
			<div class="empty" data-testid="page-empty">
				<p>{t("page.nothing")}</p>
				<button type="button" onClick={() => navigate({ name: "manual" })}>
					{t("capture.manual")}
				</button>{" "}
				<button type="button" onClick={() => navigate({ name: "eml" })}>
					{t("eml.title")}
				</button>
			</div>
		);
	}
	const capture = enriched ?? page.capture;
	const contacts = orderedContacts(capture.contacts).filter(({ contact }) => !isAutomatedOnly(contact));
	return (
		<div data-testid="page-view">
			<PageSummary capture={capture} />
			{contacts.length === 0 && <p class="muted">{t("page.noContacts")}</p>}
			{contacts.map(({ contact, index }) => (
				<ContactCard
					key={`${index}:${contact.email ?? contact.buyerId ?? contact.name}`}
					page={capture}
					contact={contact}
					index={index}
				/>
			))}
		</div>
	);
}

/** Buyers and senders first, then the rest; the original index is kept for `unconfirmed` paths. */
export function orderedContacts(contacts: PageContact[]) {
	const rank = { buyer: 0, sender: 1, selection: 2, participant: 3, recipient: 4 } as const;
	return contacts
		.map((contact, index) => ({ contact, index }))
		.sort((a, b) => rank[a.contact.role] - rank[b.contact.role]);
}

/**
 * A contact known only by an automated address (feedback@service.alibaba.com, no-reply …) is
 * never offered as a lead; a platform buyer id still makes the contact a person.
 */
export function isAutomatedOnly(contact: PageContact): boolean {
	return contact.email !== undefined && contact.buyerId === undefined && isAutomatedSender(contact.email);
}

export function PageSummary({ capture }: { capture: PageCapture }) {
	const thread = capture.thread;
	const last = thread?.messages.at(-1);
	const inquiry = capture.signals?.inquiry;
	const { me } = usePanel();
	const emailReading = useMemo(() => {
		const own = ownAccountOf(me ? [me.member.email] : []);
		return emailInquiry(capture, { isOwn: (email) => isOwnOrColleague(email, own) });
	}, [capture, me]);
	return (
		<section class="card summary" data-testid="page-summary">
			<p class="muted small">
				{t(`site.${capture.site}` as MessageKey)} · {pageKindLabel(capture.pageKind)}
			</p>
			{thread ? (
				<>
					<h2 class="subject">{thread.subject ?? t("page.noSubject")}</h2>
					<p class="muted small">
						{t(`thread.${thread.kind}` as MessageKey)} ·{" "}
						{t(thread.messages.length === 1 ? "page.message" : "page.messages", {
							count: formatNumber(thread.messages.length),
						})}
						{last?.date ? ` · ${formatDateTime(last.date)}` : ""}
					</p>
					{thread.product && <p>{t("page.product", { product: thread.product })}</p>}
				</>
			) : (
				<p class="muted">{t("page.noThread")}</p>
			)}
			{inquiry?.quantity !== undefined && (
				<p class="small">
					{t("page.quantity", {
						quantity: formatNumber(inquiry.quantity),
						unit: inquiry.quantityUnit ? formatUnit(inquiry.quantityUnit) : "",
					})}
				</p>
			)}
			{emailReading && <InquiryFound reading={emailReading} />}
		</section>
	);
}

/** The content script's page kind in words; an unknown kind is shown as it came. */
function pageKindLabel(kind: string): string {
	const key = `pageKind.${kind}`;
	return Object.hasOwn(dictionaries.en, key) ? t(key as MessageKey) : kind;
}
