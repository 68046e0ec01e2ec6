import { describe, expect, it } from "vitest";
import { parseContactText } from "../../../shared/contact-text/parse-contact-text";
import { splitSignature } from "../../../shared/contact-text/split-signature";
import { stripQuotedReply } from "../../../shared/email/strip-quoted-reply";
import threadEn from "../../../tests/fixtures/gmail/thread-en-2024.html?raw";
import noSubjectEn from "../../../tests/fixtures/gmail/thread-no-subject-en-2016.html?raw";
import noSubjectZh from "../../../tests/fixtures/gmail/thread-no-subject-zh-2016.html?raw";
import { extractGmailPage } from "./extract-page";
import { findMessages, findThreadSubjects } from "./finders";
import { subjectFromTitle } from "./thread-parts";
import { readThreadView } from "./thread-view";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const THREAD_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv";
/** A saved page's address carries no thread token. */
const SAVED_URL = "https://mail.google.com/mail/u/0/";

describe("a thread whose subject heading is missing (2016 layout, written by us)", () => {
	for (const [language, html, subject] of [
		["English", noSubjectEn, "Re: Inquiry: stainless steel vacuum cups"],
		["Chinese", noSubjectZh, "回复：询价 不锈钢保温杯"],
	] as const) {
		describe(`${language} interface`, () => {
			const doc = parse(html);
			const capture = extractGmailPage(doc, { url: SAVED_URL });

			it("is read as a thread, with its subject from the document title", () => {
				expect(capture.pageKind).toBe("thread");
				expect(capture.thread?.subject).toBe(subject);
			});

			it("reads every message from its header: id (the body's m<hex> class), sender, date, to", () => {
				expect(capture.thread?.id).toBe("1537a6c1d2e3f401");
				expect(capture.thread?.messages.map((m) => [m.id, m.fromEmail, m.date?.slice(0, 10), m.to])).toEqual([
					["1537a6c1d2e3f401", "carlos.mendez@andina-import.com.co", "2016-03-14", ["wang.fang@gmail.com"]],
					["1537bd2e4f5a6b02", "wang.fang@gmail.com", "2016-03-14", ["carlos.mendez@andina-import.com.co"]],
					["1537f1a2b3c4d503", "carlos.mendez@andina-import.com.co", "2016-03-15", ["wang.fang@gmail.com"]],
				]);
			});

			it("the external sender is the capture's contact; the member (the account) is not", () => {
				expect(capture.contacts.map((c) => c.email)).toEqual(["carlos.mendez@andina-import.com.co"]);
			});

			it("keeps the Hotmail-style history (hr#stopSpelling, Date/Subject/From/To) out of the reply", () => {
				const latest = capture.thread?.messages[2];
				expect(latest?.body).toBe(
					"OK, please send two samples to our Bogotá office.\n\nCarlos Méndez via mobile",
				);
				expect(latest?.quoted).toMatch(/^Date: Mon, 14 Mar 2016/);
				expect(latest?.quoted).toContain("手机：138 0013 8000");
				expect(latest?.signature).toBe("");
			});

			it("with the text tools: 'via mobile' is a signature, the quoted sign-off is not, the phone gets +57", () => {
				const enriched = extractGmailPage(parse(html), {
					url: SAVED_URL,
					tools: { stripQuotedReply, splitSignature, parseContactText },
				});
				const latest = enriched.thread?.messages[2];
				expect(latest?.body).toBe("OK, please send two samples to our Bogotá office.");
				expect(latest?.signature).toBe("Carlos Méndez via mobile");
				expect(enriched.contacts[0]).toMatchObject({
					email: "carlos.mendez@andina-import.com.co",
					title: "Gerente de Compras",
					company: "Andina Import S.A.S.",
					phones: ["+576013456789"],
				});
			});

			it("the capture button goes on the first message's header, found from any added part", () => {
				const anchors = findThreadSubjects(doc);
				expect(anchors).toHaveLength(1);
				expect(anchors[0]?.matches("div.gE.iv.gt")).toBe(true);
				const sender = doc.querySelector("span.gD");
				expect(sender && findThreadSubjects(sender)).toEqual(anchors);
				expect(readThreadView(doc, SAVED_URL)?.subjectElement).toBe(anchors[0]);
				expect(findMessages(doc)).toHaveLength(3);
			});
		});
	}
});

describe("each element of a full thread removed in turn (thread-en-2024.html)", () => {
	const full = extractGmailPage(parse(threadEn), { url: THREAD_URL });
	const senders = full.thread?.messages.map((m) => m.fromEmail);

	const cases: [string, (doc: Document) => void, string][] = [
		["the subject heading", (doc) => doc.querySelector("h2.hP")?.remove(), THREAD_URL],
		[
			"the subject heading, with no thread token in the address",
			(doc) => doc.querySelector("h2.hP")?.remove(),
			"https://mail.google.com/mail/u/0/",
		],
		[
			"the message ids",
			(doc) => {
				for (const el of doc.querySelectorAll("[data-message-id]")) {
					el.removeAttribute("data-message-id");
					el.removeAttribute("data-legacy-message-id");
				}
			},
			THREAD_URL,
		],
		[
			"the message containers' classes",
			(doc) => {
				for (const el of doc.querySelectorAll("div.adn.ads")) {
					el.removeAttribute("class");
					el.removeAttribute("data-message-id");
					el.removeAttribute("data-legacy-message-id");
				}
			},
			THREAD_URL,
		],
		[
			"the date titles",
			(doc) => {
				for (const el of doc.querySelectorAll("span.g3")) el.removeAttribute("title");
			},
			THREAD_URL,
		],
		[
			"the recipients",
			(doc) => {
				for (const el of doc.querySelectorAll("span.hb, table.ajC")) el.remove();
			},
			THREAD_URL,
		],
		[
			"the document title",
			(doc) => {
				doc.title = "";
			},
			THREAD_URL,
		],
	];

	for (const [what, remove, url] of cases) {
		it(`without ${what}: still a thread, every message and sender, the same contact first`, () => {
			const doc = parse(threadEn);
			remove(doc);
			const capture = extractGmailPage(doc, { url });
			expect(capture.pageKind).toBe("thread");
			expect(capture.thread?.messages.map((m) => m.fromEmail)).toEqual(senders);
			expect(capture.thread?.id).toBeTruthy();
			expect(capture.contacts[0]?.email).toBe(full.contacts[0]?.email);
			expect(capture.thread?.subject).toBe(
				what === "the document title" ? full.thread?.subject : "RFQ: 5,000 insulated bottles",
			);
			expect(findThreadSubjects(doc)).toHaveLength(1);
		});
	}
});

describe("the subject from the document title", () => {
	it("reads Gmail's and Workspace's forms, in any interface language", () => {
		expect(subjectFromTitle("Re: Hello - me@gmail.com - Gmail")).toBe("Re: Hello");
		expect(subjectFromTitle("询价 - A - B - lina@hengda-tools.com - Hengda Tools Mail")).toBe("询价 - A - B");
		expect(subjectFromTitle("Gmail - RE: مرحبا - me@gmail.com")).toBe("RE: مرحبا");
		expect(subjectFromTitle("Gmail")).toBeUndefined();
		expect(subjectFromTitle("me@gmail.com - Gmail")).toBeUndefined();
	});
});
