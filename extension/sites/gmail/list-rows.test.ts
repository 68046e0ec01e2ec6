import { describe, expect, it } from "vitest";
import inbox from "../../../tests/fixtures/gmail/inbox-2014-12.html?raw";
import standardRow from "../../../tests/fixtures/gmail/thread-row-parser.1-standard-row.html?raw";
import previewPaneRow from "../../../tests/fixtures/gmail/thread-row-parser.2-vertical-preview-pane-row.html?raw";
import snippetlessRow from "../../../tests/fixtures/gmail/thread-row-parser.3-snippetless-vertical-preview-pane-row.html?raw";
import { extractListRows, legacyThreadId, readListRow, readListRows } from "./list-rows";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

// Read out of inbox-2014-12.html by hand: the row's sender span (email=, name=), its subject,
// its date title, and the thread id of the VIEW_DATA entry with the same subject, date and
// senders. Rows whose entry the file's authors edited (":42", ":42-dup": date "EDITEDec 2";
// ":74": subject "124EDITED") have no trustworthy id; the two "aaa" rows tie and are paired
// in display order (InboxSDK's own test finds ":3g" → 14a5f1c5ad340727 by clicking it).
const EXPECTED = [
	[":35", "streak.web.test.1@gmail.com", "me", "aaa", true, "14a5f1c6f7aeeebc"],
	[":3g", "streak.web.test.1@gmail.com", "me", "aaa", true, "14a5f1c5ad340727"],
	[
		":3r",
		"news@twilio.com",
		"Team Twilio",
		"Twilio is Now Available in Germany, Mexico and 7 Other Countries",
		true,
		"14a3481b07c29fcf",
	],
	[
		":42",
		"news@twilio.com",
		"Team Twilio",
		"Newsletter: Loads of Launches, Smarter SIP Trunking, and More",
		true,
		undefined,
	],
	[
		":42-dup",
		"news@twilio.com",
		"Team Twilio",
		"Newsletter: Loads of Launches, Smarter SIP Trunking, and More",
		true,
		undefined,
	],
	[
		":4d",
		"no-reply@accounts.google.com",
		"Google",
		"Google Account password changed",
		true,
		"149bf3ae4702f5a7",
	],
	[
		":4o",
		"news@twilio.com",
		"Team Twilio",
		"Announcing Elastic SIP Trunking from Twilio",
		true,
		"149becf37b0937fd",
	],
	[":4z", "no-reply@accounts.google.com", "Google", "Suspicious sign in prevented", true, "149bc58f35780052"],
	[":5a", "no-reply@accounts.google.com", "Google", "Suspicious sign in prevented", true, "149b2a7c5ab6ce13"],
	[
		":5l",
		"noreply-94292212@plus.google.com",
		"Google+",
		"Jonny, a few Google+ posts you may like",
		true,
		"14984bc13707a148",
	],
	[":5w", "news@twilio.com", "Team Twilio", "Announcing New, Lower Voice Pricing", true, "14961e572ac1b04c"],
	[
		":67",
		"noreply-94292212@plus.google.com",
		"Google+",
		"Jonny, a few Google+ posts you may like",
		true,
		"149371b8b372d0e8",
	],
	[
		":6i",
		"help@twilio.com",
		"Team Twilio",
		"Security Notification for SSLv3 POODLE Vulnerability - SSLv3 Discontinuing 22 October 2014",
		true,
		"14915e2090a17916",
	],
	[
		":6t",
		"notifications@mailfoogae.appspotmail.com",
		"Streak Notifications",
		"= 'Hello World' to Formulas!",
		false,
		"148eccc3cb99a25f",
	],
	[":74", "cowan@streak.com", "Chris Cowan", "124124124", false, undefined],
	[":7f", "cowan@streak.com", "Chris Cowan", "123131", false, "1477fb646ff6ce17"],
] as const;

describe("thread list rows, saved inbox 2014-12", () => {
	const doc = parse(inbox);
	const views = readListRows(doc);

	it("finds all 16 rows in display order", () => {
		expect(views.map((view) => view.element.id)).toEqual(EXPECTED.map(([id]) => id));
	});

	it.each(EXPECTED.map((row, index) => [index, ...row] as const))(
		"row %i (%s): sender, subject, unread and thread id",
		(index, _id, email, name, subject, unread, threadId) => {
			const view = views[index];
			expect(view?.data.senders).toEqual([{ email, name }]);
			expect(view?.data.subject).toBe(subject);
			expect(view?.data.unread).toBe(unread);
			expect(view?.data.threadId).toBe(threadId);
			expect(view?.people[0]?.element.getAttribute("email")).toBe(email);
		},
	);

	it("reads the full date title into ISO (local time of the viewer)", () => {
		expect(views[0]?.data.date).toBe(new Date(2014, 11, 18, 12, 35).toISOString());
		expect(views[15]?.data.date).toBe(new Date(2014, 6, 28, 18, 22).toISOString());
	});

	it("gives the same rows as plain data", () => {
		expect(extractListRows(doc)).toEqual(views.map((view) => view.data));
	});
});

describe("the three real rows of InboxSDK's thread-row parser", () => {
	it("standard row", () => {
		const [view] = readListRows(parse(standardRow));
		expect(view?.data).toEqual({
			senders: [{ email: "cowan@streak.com", name: "me" }],
			threadId: undefined,
			subject: "test merge again",
			unread: false,
			date: new Date(2014, 11, 4, 14, 2).toISOString(),
		});
	});

	it("vertical preview pane: three rows are one thread", () => {
		const doc = parse(previewPaneRow);
		const views = readListRows(doc);
		expect(views).toHaveLength(1);
		expect(views[0]?.data.senders).toEqual([{ email: "cowan@streak.com", name: "me" }]);
		expect(views[0]?.data.subject).toBe("test merge again");
		expect(views[0]?.data.date).toBe(new Date(2014, 11, 4, 14, 2).toISOString());
		const rows = doc.querySelectorAll("tr");
		expect(readListRow(rows[0] as Element)?.data.subject).toBe("test merge again");
		expect(readListRow(rows[1] as Element)).toBeUndefined();
	});

	it("snippetless vertical preview pane row", () => {
		const views = readListRows(parse(snippetlessRow));
		expect(views.map((view) => view.data)).toEqual([
			{
				senders: [{ email: "notifications@mailfoogae.appspotmail.com", name: "Streak Bot" }],
				threadId: undefined,
				subject: "lordprogrammer finished a deploy (fed8a27)",
				unread: false,
				date: new Date(2015, 0, 5, 11, 2).toISOString(),
			},
		]);
	});
});

describe("thread ids on modern rows", () => {
	it("reads data-legacy-thread-id, or converts data-thread-id's decimal to the legacy hex id", () => {
		expect(legacyThreadId("#thread-f:1638756560099919527")).toBe(BigInt("1638756560099919527").toString(16));
		expect(legacyThreadId("16bdf1b1d6a1c4a7")).toBe("16bdf1b1d6a1c4a7");
		expect(legacyThreadId("not an id")).toBeUndefined();
		const doc = parse(
			`<table><tr class="zA zE"><td class="yX xY"><div class="yW"><span class="zF" email="Buyer@Example.com" name="Buyer">Buyer</span></div></td>
			<td class="xY a4W"><div class="xS"><div class="xT"><div class="y6"><span id=":1" data-thread-id="#thread-f:1638756560099919527" data-legacy-thread-id="16bdf1b1d6a1c4a7">Quote</span></div></div></div></td></tr></table>`,
		);
		expect(extractListRows(doc)).toEqual([
			{
				senders: [{ email: "buyer@example.com", name: "Buyer" }],
				threadId: "16bdf1b1d6a1c4a7",
				subject: "Quote",
				unread: true,
				date: undefined,
			},
		]);
	});
});

describe("rows without thread ids (ids removed, no embedded data)", () => {
	it("still give every sender with a badge anchor, subject and date", async () => {
		const { default: modern } = await import("../../../tests/fixtures/gmail/inbox-2024.html?raw");
		const withIds = readListRows(parse(modern));
		const doc = parse(modern);
		for (const el of doc.querySelectorAll("[data-thread-id], [data-legacy-thread-id]")) {
			el.removeAttribute("data-thread-id");
			el.removeAttribute("data-legacy-thread-id");
		}
		const rows = readListRows(doc);
		expect(rows.length).toBe(withIds.length);
		expect(rows.every((row) => row.data.threadId === undefined)).toBe(true);
		const people = (list: typeof rows) =>
			list.map((row) => [
				row.data.subject,
				row.data.date,
				row.people.map((p) => [p.email, p.element.tagName]),
			]);
		expect(people(rows)).toEqual(people(withIds));
		expect(rows.flatMap((row) => row.people).filter((p) => p.email).length).toBeGreaterThan(3);
	});
});
