/**
 * Addresses that machines send from: no-reply and notification senders, bounces, newsletters,
 * and the trade platforms and social networks themselves (feedback@service.alibaba.com is
 * Alibaba's inquiry notification, not the buyer). They are never leads.
 *
 * Kept tiny and free of tldts: the Gmail content script uses it on every sender.
 */
import { isSharedPlatformDomain } from "./shared-platform-domains";

/** Whole local parts (separators . _ - removed) that only machines use. */
const AUTOMATED_LOCAL_PARTS: ReadonlySet<string> = new Set([
	"noreply",
	"donotreply",
	"noresponse",
	"mailerdaemon",
	"postmaster",
	"notify",
	"notification",
	"notifications",
	"alert",
	"alerts",
	"bounce",
	"bounces",
	"newsletter",
	"newsletters",
	"news",
]);

/** Words that mark a machine sender wherever they stand in the local part ("bounces-42", "billing.notifications"). */
const AUTOMATED_WORDS: ReadonlySet<string> = new Set([
	"postmaster",
	"notification",
	"notifications",
	"alerts",
	"bounce",
	"bounces",
	"newsletter",
	"newsletters",
]);

/** True when the address is an automated sender (no-reply, notifications, a shared platform's domain). */
export function isAutomatedSender(email: string): boolean {
	const address = email.trim().toLowerCase();
	const at = address.lastIndexOf("@");
	if (at <= 0) return false;
	const local = address.slice(0, at).split("+")[0] ?? "";
	const domain = address.slice(at + 1);
	return isAutomatedLocalPart(local, domain) || onSharedPlatform(domain);
}

function isAutomatedLocalPart(local: string, domain: string): boolean {
	const compact = local.replace(/[._-]/g, "");
	if (AUTOMATED_LOCAL_PARTS.has(compact)) return true;
	// "messages-noreply", "no-reply-billing", "do_not_reply.invoices", "mailer-daemon+x"
	if (/noreply|donotreply|mailerdaemon/.test(compact)) return true;
	if (local.split(/[._-]/).some((word) => AUTOMATED_WORDS.has(word))) return true;
	// Platform feedback senders (feedback@service.alibaba.com); feedback@acme.com is a person's inbox.
	return compact === "feedback" && domain.startsWith("service.");
}

/** alibaba.com, and any host under it (service.alibaba.com), without a public-suffix list. */
function onSharedPlatform(domain: string): boolean {
	const labels = domain.split(".");
	for (let i = 0; i < labels.length - 1; i++) {
		if (isSharedPlatformDomain(labels.slice(i).join("."))) return true;
	}
	return false;
}
