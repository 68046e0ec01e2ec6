/**
 * Bulk and marketing mail: newsletters, campaigns and list mail are never leads, however
 * personal their sender's name looks. Evidence, any one of which is enough:
 * - the message says how to unsubscribe (a link or line reading unsubscribe / 退订 / 取消订阅 …);
 * - the message has list headers (List-Unsubscribe, List-Id, Precedence: bulk|list);
 * - the sender's host is a bulk-mail platform's, or a marketing sub-domain of a company
 *   (email@engage.redhat.com, news@e.brand.com).
 *
 * Tables only, no tldts: the in-page scripts use it on every sender.
 */

/** Sending domains of mailing platforms (their customers' campaigns come from these hosts). */
export const BULK_MAIL_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
	"mcsv.net",
	"mcdlv.net",
	"rsgsv.net",
	"mailchimpapp.net",
	"list-manage.com",
	"mandrillapp.com",
	"sendgrid.net",
	"amazonses.com",
	"mailgun.org",
	"mailgun.net",
	"sparkpostmail.com",
	"hubspotemail.net",
	"hubspotstarter.net",
	"mktomail.com",
	"exacttarget.com",
	"createsend.com",
	"cmail19.com",
	"cmail20.com",
	"ccsend.com",
	"constantcontact.com",
	"sendinblue.com",
	"brevosend.com",
	"mailjet.com",
	"klaviyomail.com",
	"mailerlite.com",
	"mlsend.com",
	"getresponse.com",
	"aweber.com",
	"icontact.com",
	"ymlp.com",
	"benchmarkemail.com",
	"sendpulse.com",
	"zohocampaigns.com",
	"activecampaign.com",
	"acems1.com",
	"emarsys.net",
	"rsys1.net",
	"rsys2.net",
	"bluehornet.com",
	"edm.163.com",
]);

/**
 * First labels of a company's marketing sub-domain ("engage.redhat.com"): a person's mailbox
 * lives on the company's own domain, campaigns on these.
 */
export const MARKETING_HOST_LABELS: ReadonlySet<string> = new Set([
	"e",
	"em",
	"email",
	"emails",
	"engage",
	"engagement",
	"news",
	"newsletter",
	"newsletters",
	"marketing",
	"mkt",
	"mktg",
	"campaign",
	"campaigns",
	"promo",
	"promotions",
	"offers",
	"mailer",
	"mailing",
	"mailings",
	"bulk",
	"edm",
]);

/** "Unsubscribe" in the languages our users' buyers and suppliers write. */
const UNSUBSCRIBE =
	/unsubscribe|opt[\s-]?out|退订|退訂|取消订阅|取消訂閱|退阅|abmelden|abbestellen|désabonner|désinscri|desuscrib|darse de baja|darte de baja|cancelar (?:la )?suscripci|descadastr|disiscriv|annulla l'iscrizione|отписаться|отказаться от рассылки|配信停止|購読解除|수신\s?거부|إلغاء الاشتراك/i;

/** True when a text (a link's words, a footer line) offers to unsubscribe. */
export function mentionsUnsubscribe(text: string | null | undefined): boolean {
	return text ? UNSUBSCRIBE.test(text) : false;
}

/** True when an email's headers mark it as list or bulk mail. Header names in any case. */
export function hasBulkHeaders(headers: ReadonlyArray<{ key: string; value: string }>): boolean {
	return headers.some(({ key, value }) => {
		const name = key.trim().toLowerCase();
		if (name === "list-unsubscribe" || name === "list-id") return true;
		return name === "precedence" && /^(bulk|list|junk)\b/i.test(value.trim());
	});
}

/** True when the sender's host is a mailing platform's or a marketing sub-domain. */
export function isBulkSender(email: string): boolean {
	const host = email
		.slice(email.lastIndexOf("@") + 1)
		.trim()
		.toLowerCase();
	const labels = host.split(".");
	for (let i = 0; i < labels.length - 1; i++) {
		if (BULK_MAIL_PLATFORM_DOMAINS.has(labels.slice(i).join("."))) return true;
	}
	return labels.length >= 3 && MARKETING_HOST_LABELS.has(labels[0] ?? "");
}
