import { describe, expect, it } from "vitest";
import { customer } from "../../../tests/extension/support/fixtures";
import { patchOf } from "./customer-edit";

describe("customer edit", () => {
	it("sends only the changed fields, with the version that was edited", () => {
		const original = customer({ version: 7, website: "https://a.example", buyerType: "importer" });
		const patch = patchOf(original, {
			name: original.name,
			website: "",
			country: "DE",
			buyerType: "distributor",
			size: "",
			status: "active",
		});
		expect(patch).toEqual({ version: 7, website: null, buyerType: "distributor", status: "active" });
	});
});
