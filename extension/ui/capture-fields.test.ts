import { describe, expect, it } from "vitest";
import { DRAFT_FIELDS, emptyDraft } from "../../shared/capture/capture-request";
import { groupCaptureFields } from "./capture-fields";

describe("groupCaptureFields", () => {
	it("shows filled and unconfirmed fields first and tucks the empty optional ones away", () => {
		const draft = { ...emptyDraft(), name: "Omar Haddad", phone: "+971501234567", country: "AE" };
		const groups = groupCaptureFields(draft, ["title"]);
		expect(groups.shown).toEqual(["name", "email", "company", "title", "phone", "country"]);
		expect(groups.more).toEqual(["whatsapp", "wechat", "skype", "buyerId", "website", "address"]);
	});

	it("keeps name, email and company in view for a capture by hand", () => {
		const groups = groupCaptureFields(emptyDraft());
		expect(groups.shown).toEqual(["name", "email", "company"]);
		expect(groups.more).toHaveLength(DRAFT_FIELDS.length - 3);
	});

	it("treats whitespace as empty and loses no field", () => {
		const draft = { ...emptyDraft(), website: "   ", skype: "omar.h" };
		const { shown, more } = groupCaptureFields(draft);
		expect(more).toContain("website");
		expect(shown).toContain("skype");
		expect([...shown, ...more].sort()).toEqual([...DRAFT_FIELDS].sort());
	});
});
