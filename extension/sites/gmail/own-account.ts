/**
 * The signed-in member's own addresses and their colleagues' domain: these are never leads, and
 * neither are automated senders (no-reply, notifications, the trade platforms themselves).
 * Read from the Google bar's account button ("Google Account: Ann Lee (ann@acme.com)",
 * "Google 帐号：Ann Lee (ann@acme.com)"), [data-email], the tab title ("Inbox - ann@acme.com -
 * Gmail", "收件箱 - ann@acme.com - Gmail") and list rows Gmail labels "me" / "我".
 */
import { isAutomatedSender } from "../../../shared/normalize/automated-sender";
import { FREE_MAIL_DOMAINS } from "../../../shared/normalize/free-mail-domains";
import { findAll } from "./selectors";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/** How Gmail names the viewer in lists and headers, by interface language. */
export const SELF_NAMES = new Set([
	"me",
	"我",
	"moi",
	"ich",
	"yo",
	"eu",
	"io",
	"私",
	"나",
	"я",
	"ik",
	"ja",
	"أنا",
]);

export interface OwnAccount {
	/** Lower-cased addresses of the signed-in member. */
	emails: string[];
	/** Corporate domains of the member (free-mail domains are never colleagues). */
	domains: string[];
}

export function readOwnAccount(doc: Document): OwnAccount {
	const found = new Set<string>();
	const add = (text: string | null | undefined) => {
		for (const match of (text ?? "").matchAll(EMAIL)) found.add(match[0].toLowerCase());
	};
	try {
		for (const element of findAll(doc, "account")) {
			add(element.getAttribute("aria-label"));
			add(element.getAttribute("data-email"));
			add(element.getAttribute("title"));
		}
		add(doc.title);
		for (const person of findAll(doc, "rowPeople")) {
			if (SELF_NAMES.has((person.getAttribute("name") ?? "").trim().toLowerCase()))
				add(person.getAttribute("email"));
		}
	} catch {
		// A page we cannot read gives no own addresses; nothing else depends on it.
	}
	const emails = [...found];
	const domains = [...new Set(emails.map(domainOf))].filter((d) => d !== "" && !FREE_MAIL_DOMAINS.has(d));
	return { emails, domains };
}

/** True for the member's own address or a colleague on the member's corporate domain. */
export function isOwnOrColleague(email: string, own: OwnAccount): boolean {
	const address = email.trim().toLowerCase();
	if (own.emails.includes(address)) return true;
	const domain = domainOf(address);
	return own.domains.some((mine) => sameOrganisation(domain, mine));
}

/**
 * Who may never be offered as a lead: the member, colleagues, and automated senders such as
 * Alibaba's inquiry notifications (feedback@service.alibaba.com).
 */
export function isNeverLead(email: string, own: OwnAccount): boolean {
	return isOwnOrColleague(email, own) || isAutomatedSender(email);
}

/** "sales.acme.com" and "acme.com" are one organisation; "acme.com" and "notacme.com" are not. */
export function sameOrganisation(a: string, b: string): boolean {
	if (a === "" || b === "") return false;
	return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function domainOf(email: string): string {
	const at = email.lastIndexOf("@");
	return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** The domain of an address when it is a company's (not a public mailbox provider's). */
export function corporateDomainOf(email: string): string | undefined {
	const domain = domainOf(email.trim());
	return domain && !FREE_MAIL_DOMAINS.has(domain) ? domain : undefined;
}
