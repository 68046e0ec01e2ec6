import { describe, expect, it } from "vitest";
import inbox from "../../../tests/fixtures/gmail/inbox-2024.html?raw";
import { threadContacts } from "./contacts";
import { extractGmailPage } from "./extract-page";
import type { MessageView } from "./message";
import { isNeverLead, type OwnAccount } from "./own-account";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const own: OwnAccount = { emails: ["lina@hengda-tools.com"], domains: ["hengda-tools.com"] };

describe("who may be a lead on a Gmail screen", () => {
	it("the inbox offers the external buyers only: not us, not Alibaba's notification sender", () => {
		const capture = extractGmailPage(parse(inbox), { url: "https://mail.google.com/mail/u/0/#inbox" });
		expect(capture.pageKind).toBe("list");
		expect(capture.contacts.map((c) => c.email).sort()).toEqual([
			"chen.zm@kinghome.com.tw",
			"j.schmidt@bauhaus-import.de",
			"m.alfarsi@gulf-trading.ae",
		]);
		// The row itself is still read: the notification is part of the inbox, just not a lead.
		expect(JSON.stringify(capture.rows)).toContain("feedback@service.alibaba.com");
	});

	it("a thread's automated sender and participants are skipped like colleagues", () => {
		const view = (email: string, recipients: string[], bulk = false): MessageView => ({
			element: document.createElement("div"),
			message: { id: email, to: recipients, cc: [], body: "", quoted: "", signature: "", collapsed: false },
			sender: { email },
			recipients: recipients.map((r) => ({ email: r })),
			bulk,
		});
		const contacts = threadContacts(
			[
				view("feedback@service.alibaba.com", ["lina@hengda-tools.com"]),
				view("j.schmidt@bauhaus-import.de", ["lina@hengda-tools.com", "noreply@bauhaus-import.de"]),
				// A newsletter that offers to unsubscribe, from a sender that looks like a person.
				view("anna@brand-news.com", ["lina@hengda-tools.com"], true),
				view("email@engage.redhat.com", ["lina@hengda-tools.com"]),
			],
			own,
		);
		expect(contacts.map((c) => c.email)).toEqual(["j.schmidt@bauhaus-import.de"]);
	});

	it("isNeverLead: the member, colleagues and automated senders", () => {
		expect(isNeverLead("lina@hengda-tools.com", own)).toBe(true);
		expect(isNeverLead("zhang.wei@hengda-tools.com", own)).toBe(true);
		expect(isNeverLead("feedback@service.alibaba.com", own)).toBe(true);
		expect(isNeverLead("no-reply@accounts.google.com", own)).toBe(true);
		expect(isNeverLead("m.alfarsi@gulf-trading.ae", own)).toBe(false);
	});
});
