import { describe, expect, it } from "vitest";
import inbox from "../../../tests/fixtures/gmail/inbox-2014-12.html?raw";
import threadEn from "../../../tests/fixtures/gmail/thread-en-2024.html?raw";
import threadZh from "../../../tests/fixtures/gmail/thread-zh-2024.html?raw";
import { isOwnOrColleague, readOwnAccount, sameOrganisation } from "./own-account";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");

describe("the member's own addresses", () => {
	it("from the account button and title (English), with the corporate domain", () => {
		expect(readOwnAccount(parse(threadEn))).toEqual({
			emails: ["lina@hengda-tools.com"],
			domains: ["hengda-tools.com"],
		});
	});

	it("from the Chinese account button (Google 帐号) and 我 in headers", () => {
		expect(readOwnAccount(parse(threadZh)).emails).toEqual(["lina@hengda-tools.com"]);
	});

	it("from the rows Gmail labels “me”; a free-mail domain is nobody's colleague", () => {
		expect(readOwnAccount(parse(inbox))).toEqual({ emails: ["streak.web.test.1@gmail.com"], domains: [] });
	});

	it("from the tab title alone", () => {
		const doc = parse("<title>Inbox (3) - ann@acme.co.uk - Acme Mail</title>");
		expect(readOwnAccount(doc).emails).toEqual(["ann@acme.co.uk"]);
	});

	it("never counts the member or colleagues as leads", () => {
		const own = readOwnAccount(parse(threadEn));
		expect(isOwnOrColleague("LINA@hengda-tools.com", own)).toBe(true);
		expect(isOwnOrColleague("zhang.wei@hengda-tools.com", own)).toBe(true);
		expect(isOwnOrColleague("bob@sales.hengda-tools.com", own)).toBe(true);
		expect(isOwnOrColleague("m.alfarsi@gulf-trading.ae", own)).toBe(false);
		expect(isOwnOrColleague("someone@nothengda-tools.com", own)).toBe(false);
		expect(sameOrganisation("acme.com", "notacme.com")).toBe(false);
	});
});
