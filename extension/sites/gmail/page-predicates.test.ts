import { describe, expect, it } from "vitest";
import { isListView, isMailView, isSplitPane, isThreadView, threadIdFromUrl } from "./page-predicates";

const base = "https://mail.google.com/mail/u/0/";

describe("Gmail page predicates", () => {
	it.each([
		`${base}#inbox`,
		`${base}`,
		`${base}#label/Customers`,
		`${base}#label/Customers%2FVIP`,
		`${base}#search/from%3Abuyer%40example.com`,
		`${base}#search/rfq+bottles`,
		`${base}#sent`,
		`${base}#all`,
		`${base}#starred`,
		`${base}#category/promotions`,
		`${base}#inbox/p2`,
	])("list view: %s", (url) => {
		expect(isListView(url)).toBe(true);
		expect(isThreadView(url)).toBe(false);
	});

	it.each([
		[`${base}#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`, "FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv"],
		[`${base}#label/Customers/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`, "FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv"],
		[`${base}#search/rfq+bottles/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv`, "FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv"],
		[`${base}#sent/16c8d8a5b5e5e5e5`, "16c8d8a5b5e5e5e5"],
		[`https://mail.google.com/mail/u/1/#all/18cf95c3ca4ccad2`, "18cf95c3ca4ccad2"],
	])("thread view: %s", (url, id) => {
		expect(isThreadView(url)).toBe(true);
		expect(isListView(url)).toBe(false);
		expect(threadIdFromUrl(url)).toBe(id);
	});

	it.each([`${base}#settings/general`, "https://mail.google.com/chat/u/0/", "https://example.com/#inbox"])(
		"not a mail view: %s",
		(url) => {
			expect(isMailView(url)).toBe(false);
			expect(isListView(url)).toBe(false);
			expect(isThreadView(url)).toBe(false);
		},
	);

	it("split pane: the list and an opened thread on one screen", () => {
		const doc = new DOMParser().parseFromString(
			'<div role="main"><div gh="tl"><table></table></div><h2 class="hP">Quote</h2></div>',
			"text/html",
		);
		expect(isSplitPane(doc)).toBe(true);
		expect(isSplitPane(new DOMParser().parseFromString('<div gh="tl"></div>', "text/html"))).toBe(false);
	});
});
