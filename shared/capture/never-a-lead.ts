/**
 * Who is never offered as a lead: the member, colleagues on the member's corporate domain,
 * automated senders (no-reply, notifications, the trade platforms themselves) and bulk or
 * marketing mail. One rule for the Gmail page, the Alibaba page, the side panel and the .eml
 * view. Tables only, no tldts: the in-page scripts use it on every sender.
 */
import { isAutomatedSender } from "../normalize/automated-sender";
import { isBulkSender } from "./bulk-mail";
import { isFreeMailHost } from "./free-mail-host";

export interface OwnAccount {
	/** Lower-cased addresses of the signed-in member. */
	emails: string[];
	/** Corporate domains of the member (free-mail domains are never colleagues). */
	domains: string[];
}

/** The member's account from their addresses: colleagues share one of its corporate domains. */
export function ownAccountOf(addresses: Iterable<string>): OwnAccount {
	const emails = [
		...new Set([...addresses].map((a) => a.trim().toLowerCase()).filter((a) => a.includes("@"))),
	];
	const domains = [...new Set(emails.map(hostOf))].filter((d) => d !== "" && !isFreeMailHost(d));
	return { emails, domains };
}

/** True for the member's own address or a colleague on the member's corporate domain. */
export function isOwnOrColleague(email: string, own: OwnAccount): boolean {
	const address = email.trim().toLowerCase();
	if (own.emails.includes(address)) return true;
	const domain = hostOf(address);
	return own.domains.some((mine) => sameOrganisation(domain, mine));
}

/** "sales.acme.com" and "acme.com" are one organisation; "acme.com" and "notacme.com" are not. */
export function sameOrganisation(a: string, b: string): boolean {
	if (a === "" || b === "") return false;
	return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** What the message itself says about its sender: it was list or bulk mail. */
export interface LeadEvidence {
	bulk?: boolean;
}

/** True when the address must never get a "+" or be offered as a lead. */
export function isNeverLead(email: string, own: OwnAccount, evidence: LeadEvidence = {}): boolean {
	return (
		evidence.bulk === true || isOwnOrColleague(email, own) || isAutomatedSender(email) || isBulkSender(email)
	);
}

function hostOf(email: string): string {
	const at = email.lastIndexOf("@");
	return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}
