/**
 * The external people on a screen, with what their signatures show. The member's own
 * addresses, colleagues on the member's corporate domain, automated senders and bulk mail are
 * never leads.
 */

import type { PageContact } from "../../../shared/schema/page-capture";
import type { ListRowView } from "./list-rows";
import type { MessageView } from "./message";
import { isNeverLead, type OwnAccount } from "./own-account";

export function threadContacts(messages: MessageView[], own: OwnAccount): PageContact[] {
	const contacts = new Map<string, PageContact>();
	const lastSent = new Map<string, number>();
	messages.forEach((view, index) => {
		const { sender } = view;
		if (sender?.email && !isNeverLead(sender.email, own, { bulk: view.bulk })) {
			const contact = contacts.get(sender.email) ?? baseContact("sender", sender.email, sender.name);
			contact.role = "sender";
			contact.name ??= sender.name;
			contacts.set(sender.email, contact);
			lastSent.set(sender.email, index);
		}
		for (const p of view.recipients) {
			if (!p.email || isNeverLead(p.email, own) || contacts.has(p.email)) continue;
			contacts.set(p.email, baseContact("participant", p.email, p.name));
		}
	});
	// The most recent external sender first: the one a capture is about.
	const rank = (c: PageContact) => (c.email !== undefined ? (lastSent.get(c.email) ?? -1) : -1);
	return [...contacts.values()].sort((a, b) => rank(b) - rank(a));
}

export function rowContacts(rows: ListRowView[], own: OwnAccount): PageContact[] {
	const contacts = new Map<string, PageContact>();
	for (const row of rows) {
		for (const p of row.people) {
			if (!p.email || isNeverLead(p.email, own) || contacts.has(p.email)) continue;
			contacts.set(p.email, baseContact("sender", p.email, p.name));
		}
	}
	return [...contacts.values()];
}

function baseContact(role: PageContact["role"], email: string, name: string | undefined): PageContact {
	const sources: PageContact["sources"] = { email: "attribute" };
	if (name) sources.name = "attribute";
	return { role, email, name, phones: [], masked: {}, sources };
}
