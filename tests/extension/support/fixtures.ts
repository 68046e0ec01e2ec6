import type { Provisional } from "../../../extension/store/captures";
import {
	type CaptureRequest,
	type CaptureRequestParsed,
	captureRequestSchema,
} from "../../../shared/schema/capture";
import type { Customer } from "../../../shared/schema/customer";

let counter = 0;

/** A valid team customer as the API would answer it. */
export function customer(overrides: Partial<Customer> = {}): Customer {
	counter += 1;
	const id = overrides.id ?? `cus_${counter}`;
	const now = new Date(Date.UTC(2026, 0, 1, 0, 0, counter % 60)).toISOString();
	return {
		id,
		name: `Customer ${counter}`,
		domain: null,
		country: "DE",
		website: null,
		buyerType: "importer",
		size: null,
		status: "lead",
		owner: { id: "mem_1", name: "Li Wei", email: "li@example.com" },
		ownerSince: now,
		inPool: false,
		tier: "lead",
		tierLabel: "Lead",
		currentValue: 0,
		potentialValue: 40,
		churn: { flag: false, severity: "none" },
		identities: [],
		lastInteractionAt: null,
		version: 1,
		createdAt: now,
		updatedAt: now,
		...overrides,
	};
}

export function captureRequest(overrides: Partial<CaptureRequest> = {}): CaptureRequestParsed {
	return captureRequestSchema.parse({
		source: "gmail",
		contact: { name: "Anna Schmidt", email: "anna@brandhaus.de" },
		company: { name: "Brandhaus GmbH", country: "DE" },
		...overrides,
	});
}

export const provisional: Provisional = {
	tier: "iron",
	current: 0,
	potential: 62,
	churn: { flag: false, severity: "none" },
};

export function captureResponse(c: Customer, created = true) {
	return { customer: c, owner: c.owner, created, matchedBy: null };
}
