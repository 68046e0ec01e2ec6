/**
 * The signed-in member's own addresses and their colleagues' domain: these are never leads, and
 * neither are automated senders (no-reply, notifications, the trade platforms themselves).
 * Read from the Google bar's account button ("Google Account: Ann Lee (ann@acme.com)",
 * "Google 帐号：Ann Lee (ann@acme.com)"), [data-email], the tab title ("Inbox - ann@acme.com -
 * Gmail", "收件箱 - ann@acme.com - Gmail") and list rows Gmail labels "me" / "我".
 */
import { type OwnAccount, ownAccountOf } from "../../../shared/capture/never-a-lead";
import { findAll } from "./selectors";

export {
	isNeverLead,
	isOwnOrColleague,
	type OwnAccount,
	sameOrganisation,
} from "../../../shared/capture/never-a-lead";

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
	return ownAccountOf(found);
}
