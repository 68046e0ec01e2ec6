import { describe, expect, it } from "vitest";
import type { PageContact } from "../../../shared/schema/page-capture";
import { isAutomatedOnly } from "./page-view";

const contact = (fields: Partial<PageContact>): PageContact => ({
	role: "sender",
	phones: [],
	masked: {},
	sources: {},
	...fields,
});

describe("page view: who is offered as a lead", () => {
	it("hides a contact known only by an automated address", () => {
		expect(isAutomatedOnly(contact({ email: "feedback@service.alibaba.com", name: "Alibaba.com" }))).toBe(
			true,
		);
		expect(isAutomatedOnly(contact({ email: "noreply@bauhaus-import.de" }))).toBe(true);
	});

	it("keeps people: a buyer's email, a platform buyer id, or no email at all", () => {
		expect(isAutomatedOnly(contact({ email: "j.schmidt@bauhaus-import.de" }))).toBe(false);
		expect(
			isAutomatedOnly(contact({ role: "buyer", email: "trade@alibaba.com", buyerId: "ae1029384756" })),
		).toBe(false);
		expect(isAutomatedOnly(contact({ role: "buyer", name: "Ahmed Al Noor" }))).toBe(false);
	});
});
