import "fake-indexeddb/auto";
import { env } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { putCustomers } from "../../extension/store/customers";
import { openDb } from "../../extension/store/db";
import { matchContact } from "../../extension/ui/contact-match";
import { captureRequestSchema } from "../../shared/schema/capture";
import type { PageContact } from "../../shared/schema/page-capture";
import { syncResponseSchema } from "../../shared/schema/sync";
import { findMatch } from "../../worker/capture/match";
import { normalizeCapture } from "../../worker/capture/normalize-capture";
import { createDb } from "../../worker/db/client";
import { api, capture, createTeam } from "./support";

// The side panel (its Dexie cache, filled by /v1/sync) and the server (D1) must name the same
// customer for the same contact: both apply shared/capture/match to the keys they hold.
const person = fc.record(
	{
		email: fc.constantFrom(
			"anna@kaufhaus.de",
			"li@sales.acme.co.uk",
			"bob@acme.co.uk",
			"x@gmail.com",
			"sara@desert.ae",
		),
		phone: fc.constantFrom("+971501234567", "+971501234568", "+8613800138000"),
		buyerId: fc.constantFrom("ae1029", "cn77"),
		company: fc.constantFrom("Acme Ltd", "Kaufhaus Berlin GmbH", "Desert Goods"),
	},
	{ requiredKeys: [] },
);

interface Person {
	email?: string;
	phone?: string;
	buyerId?: string;
	company?: string;
}

function request(p: Person) {
	return {
		source: "manual" as const,
		contact: {
			name: "Probe",
			...(p.email ? { email: p.email } : {}),
			...(p.phone ? { phone: p.phone } : {}),
			...(p.buyerId ? { buyerId: p.buyerId } : {}),
		},
		company: p.company ? { name: p.company } : {},
	};
}

describe("the same contact is the same customer in the panel and on the server", () => {
	it("over random identity sets", async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(person, { minLength: 1, maxLength: 5 }), person, async (existing, probe) => {
				const team = await createTeam();
				for (const p of existing) {
					if (!p.email && !p.phone && !p.buyerId) continue;
					expect((await capture(team.token, request(p))).status).toBeLessThan(300);
				}
				const sync = syncResponseSchema.parse(
					await (await api(team.token).v1.sync.$get({ query: { limit: "1000" } })).json(),
				);
				const dexie = openDb(`parity-${crypto.randomUUID()}`);
				try {
					await putCustomers(dexie, sync.customers);
					const contact: PageContact = {
						role: "sender",
						name: "Probe",
						email: probe.email,
						phones: probe.phone ? [probe.phone] : [],
						buyerId: probe.buyerId,
						company: probe.company,
						masked: {},
						sources: {},
					};
					const panel = await matchContact(dexie, contact);
					const server = await findMatch(
						createDb(env.DB),
						team.team.id,
						normalizeCapture(captureRequestSchema.parse(request(probe))),
					);
					expect({
						match: panel.customer?.id ?? null,
						by: panel.matchedBy,
						possibleDuplicate: panel.possibleDuplicate?.id ?? null,
					}).toEqual({
						match: server.match?.row.c.id ?? null,
						by: server.match?.matchedBy.kind ?? null,
						possibleDuplicate: server.possibleDuplicate?.row.c.id ?? null,
					});
				} finally {
					await dexie.delete();
				}
			}),
			{ numRuns: 25 },
		);
	}, 120_000);
});
