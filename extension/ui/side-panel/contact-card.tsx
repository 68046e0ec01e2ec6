import { draftFromContact, unconfirmedFields } from "../../../shared/capture/capture-request";
import { buyerZone } from "../../../shared/local-time/buyer-zone";
import type { PageCapture, PageContact } from "../../../shared/schema/page-capture";
import type { PlatformSignals } from "../../../shared/schema/signals";
import { type MessageKey, t } from "../../i18n";
import { dismissCapture, retryFailedCapture } from "../../store/captures";
import type { LocalCapture } from "../../store/db";
import { type ContactMatch, matchContact } from "../contact-match";
import { formatCountry } from "../format";
import { formatPhone } from "../format-phone";
import { useLive } from "../hooks";
import { Isolated } from "../isolated";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { BuyerLocalTime } from "./buyer-local-time";
import { CaptureForm } from "./capture-form";
import { usePanel } from "./context";
import { CustomerStatus, CustomerTier } from "./customer-status";
import { platformFacts } from "./platform-facts";
import { PossibleDuplicateNotice } from "./possible-duplicate";

/** One person on the page, and what the team knows about them (from the local cache). */
export function ContactCard({
	page,
	contact,
	index,
}: {
	page: PageCapture;
	contact: PageContact;
	index: number;
}) {
	const { db, navigate } = usePanel();
	const match = useLive<ContactMatch | null>(() => matchContact(db, contact), [contact], null);
	const title = contact.name ?? contact.email ?? contact.buyerId ?? t("contact.unnamed");
	return (
		<article class="card contact" data-testid="contact-card">
			<header>
				<h3 class="name">
					<Isolated>{title}</Isolated>
				</h3>
				<span class="muted small">{t(`role.${contact.role}` as MessageKey)}</span>
			</header>
			<ContactDetails
				contact={contact}
				platform={contact.role === "buyer" ? page.signals?.platform : undefined}
			/>
			<BuyerLocalTime zone={contactZone(contact, page)} />
			{match === null ? (
				<p class="muted">{t("common.loading")}</p>
			) : match.customer ? (
				<section>
					<p>
						<CustomerTier customer={match.customer} />{" "}
						<button
							type="button"
							class="link"
							onClick={() => navigate({ name: "customer", id: match.customer!.id })}
						>
							<Isolated>{match.customer.name}</Isolated>
						</button>
					</p>
					{match.matchedBy && (
						<p class="muted small" data-testid="matched-by">
							{t(`contact.matchedBy.${match.matchedBy}` as MessageKey)}
						</p>
					)}
					<CustomerStatus customer={match.customer} />
					<PossibleDuplicateNotice customer={match.customer} onDecided={() => undefined} />
				</section>
			) : match.capture && match.capture.status !== "synced" ? (
				<LocalCaptureState capture={match.capture} />
			) : (
				<section>
					<p>
						<strong class="new-lead">{t("contact.newLead")}</strong>
					</p>
					{match.possibleDuplicate && (
						<p class="muted small" data-testid="possible-duplicate">
							{t("contact.possibleDuplicate", { name: match.possibleDuplicate.name })}
						</p>
					)}
					<CaptureForm
						page={page}
						draft={draftFromContact(contact)}
						unconfirmed={unconfirmedFields(page, index)}
						oneClick
					/>
				</section>
			)}
		</article>
	);
}

/** The contact's zone: country, phones, and the city in their address or latest signature. */
function contactZone(contact: PageContact, page: PageCapture) {
	const signature = page.thread?.messages
		.filter((message) => message.fromEmail !== undefined && message.fromEmail === contact.email)
		.at(-1)?.signature;
	const text = [contact.address, signature].filter(Boolean).join("\n");
	return buyerZone({ country: contact.country, phones: [...contact.phones, contact.whatsapp], text });
}

function ContactDetails({ contact, platform }: { contact: PageContact; platform?: PlatformSignals }) {
	const lines = [
		contact.email,
		contact.title,
		contact.company,
		...contact.phones.map(formatPhone),
		...(contact.phonesAsWritten ?? []).map((phone) => t("contact.phoneAsWritten", { phone })),
		contact.whatsapp ? `WhatsApp ${formatPhone(contact.whatsapp)}` : undefined,
		contact.buyerId ? `${t("field.buyerId")}: ${contact.buyerId}` : undefined,
		contact.country ? formatCountry(contact.country) : undefined,
		...Object.values(contact.masked).map((v) => `${v} (${t("contact.masked")})`),
		...platformFacts(platform),
	].filter((line): line is string => Boolean(line));
	return (
		<ul class="details">
			{lines.map((line) => (
				<li key={line}>{line}</li>
			))}
		</ul>
	);
}

/** A capture made here that the server has not confirmed: provisional tier, or why it failed. */
export function LocalCaptureState({ capture }: { capture: LocalCapture }) {
	const { db, syncNow } = usePanel();
	const tier = capture.provisional.tier;
	return (
		<section class="local-capture" data-testid="local-capture" data-status={capture.status}>
			<p>
				<TierBadge tier={tier} label={displayTierLabel(tier)} provisional />{" "}
				{capture.status === "pending" ? t("capture.pending") : t("capture.failed")}
			</p>
			{capture.status === "failed" && (
				<>
					<p class="error">{capture.error}</p>
					<button
						type="button"
						onClick={() => void retryFailedCapture(db, capture.localId).then(() => syncNow())}
					>
						{t("capture.retry")}
					</button>{" "}
					<button type="button" class="link" onClick={() => void dismissCapture(db, capture.localId)}>
						{t("capture.dismiss")}
					</button>
				</>
			)}
		</section>
	);
}
