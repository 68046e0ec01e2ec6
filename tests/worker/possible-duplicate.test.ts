import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { captureResponseSchema, customerSchema } from "../../shared/schema/customer";
import { addMember, capture, createTeam, expectProblem, send } from "./support";

const WHATSAPP = "+971 50 123 4567";

/** A colleague's Platinum-style customer with a WhatsApp number, then Gulf Trading sharing that number. */
async function sharedPhoneSetup() {
	const team = await createTeam();
	const colleague = await addMember(team.token, "sales");
	const first = captureResponseSchema.parse(
		await (
			await capture(colleague.token, {
				source: "gmail",
				contact: { name: "Khalid", email: "khalid@almansouri.ae", whatsapp: WHATSAPP },
				company: { name: "شركة المنصوري", country: "AE" },
			})
		).json(),
	);
	const res = await capture(team.token, {
		source: "gmail",
		contact: { name: "Mohammed Al Farsi", email: "m.alfarsi@gulf-trading.ae", whatsapp: WHATSAPP },
		company: { name: "Gulf Trading LLC" },
	});
	return { team, colleague, first, res };
}

describe("a phone number alone never merges two companies", () => {
	it("the shared-phone capture creates its own customer, flagged as a possible duplicate", async () => {
		const { first, res } = await sharedPhoneSetup();
		expect(res.status).toBe(201);
		const body = captureResponseSchema.parse(await res.json());
		expect(body.created).toBe(true);
		expect(body.matchedBy).toBeNull();
		expect(body.possibleDuplicateOf).toEqual({
			id: first.customer.id,
			name: "شركة المنصوري",
			matchedBy: { kind: "phone", value: "+971501234567" },
		});
		expect(body.customer).toMatchObject({ name: "Gulf Trading LLC", domain: "gulf-trading.ae" });
		expect(body.customer.possibleDuplicateOf?.id).toBe(first.customer.id);
		// The phone stays the first customer's key; the new one is found by its own email and domain.
		expect(body.customer.identities.map((i) => i.kind).sort()).toEqual(["domain", "email"]);
		const live = await env.DB.prepare(
			"SELECT count(*) AS n FROM customers WHERE team_id = ? AND deleted_at IS NULL",
		)
			.bind(await teamOf(body.customer.id))
			.first<{ n: number }>();
		expect(live?.n).toBe(2);
	});

	it("the same phone with nothing contradicting it still matches, and says it was by phone", async () => {
		const team = await createTeam();
		await capture(team.token, { source: "manual", contact: { name: "Raj", phone: "+91 98765 43210" } });
		const body = captureResponseSchema.parse(
			await (
				await capture(team.token, {
					source: "manual",
					contact: { name: "Raj K", phone: "98765 43210" },
					company: { country: "IN" },
				})
			).json(),
		);
		expect(body.created).toBe(false);
		expect(body.matchedBy).toEqual({ kind: "phone", value: "+919876543210" });
		expect(body.possibleDuplicateOf ?? null).toBeNull();
	});

	it("'keep separate' clears the flag; 'link' merges into the other customer; both audited", async () => {
		const { team, first, res } = await sharedPhoneSetup();
		const flagged = captureResponseSchema.parse(await res.json()).customer;
		const path = `/v1/customers/${flagged.id}/possible-duplicate`;

		await expectProblem(
			await send(path, { token: team.token, body: { decision: "merge", version: 1 } }),
			422,
		);
		await expectProblem(
			await send(path, { token: team.token, body: { decision: "link", version: 1, extra: true } }),
			422,
		);
		await expectProblem(
			await send(path, { token: team.token, body: { decision: "link", version: 99 } }),
			409,
		);

		const kept = customerSchema.parse(
			await (
				await send(path, { token: team.token, body: { decision: "separate", version: flagged.version } })
			).json(),
		);
		expect(kept.id).toBe(flagged.id);
		expect(kept.possibleDuplicateOf).toBeNull();
		await expectProblem(
			await send(path, { token: team.token, body: { decision: "link", version: kept.version } }),
			409,
		);
		const audit = await env.DB.prepare("SELECT action FROM audit_log WHERE entity_id = ? ORDER BY rowid")
			.bind(flagged.id)
			.all<{ action: string }>();
		expect(audit.results.map((r) => r.action)).toContain("customer.duplicate.separate");

		// A second pair, linked this time.
		const again = captureResponseSchema.parse(
			await (
				await capture(team.token, {
					source: "gmail",
					contact: { name: "Sara", email: "sara@desert-goods.ae", whatsapp: WHATSAPP },
					company: { name: "Desert Goods" },
				})
			).json(),
		);
		expect(again.possibleDuplicateOf?.id).toBe(first.customer.id);
		const linked = customerSchema.parse(
			await (
				await send(`/v1/customers/${again.customer.id}/possible-duplicate`, {
					token: team.token,
					body: { decision: "link", version: again.customer.version },
				})
			).json(),
		);
		expect(linked.id).toBe(first.customer.id);
		expect(linked.identities).toContainEqual({ kind: "email", value: "sara@desert-goods.ae" });
		const moved = await env.DB.prepare(
			"SELECT customer_id FROM contacts WHERE email = 'sara@desert-goods.ae'",
		).first();
		expect(moved).toEqual({ customer_id: first.customer.id });
		const gone = await env.DB.prepare("SELECT deleted_at FROM customers WHERE id = ?")
			.bind(again.customer.id)
			.first();
		expect(gone?.deleted_at).toEqual(expect.any(String));
		const linkAudit = await env.DB.prepare("SELECT action FROM audit_log WHERE entity_id = ?")
			.bind(again.customer.id)
			.all<{ action: string }>();
		expect(linkAudit.results.map((r) => r.action)).toContain("customer.duplicate.link");
	});

	it("a salesperson decides only for their own customer; another team sees nothing", async () => {
		const { team, res } = await sharedPhoneSetup();
		const flagged = captureResponseSchema.parse(await res.json()).customer;
		const path = `/v1/customers/${flagged.id}/possible-duplicate`;
		const other = await addMember(team.token, "sales");
		await expectProblem(
			await send(path, { token: other.token, body: { decision: "link", version: 1 } }),
			403,
		);
		const stranger = await createTeam();
		await expectProblem(
			await send(path, { token: stranger.token, body: { decision: "link", version: 1 } }),
			404,
		);
	});
});

async function teamOf(customerId: string): Promise<string> {
	const row = await env.DB.prepare("SELECT team_id FROM customers WHERE id = ?")
		.bind(customerId)
		.first<{ team_id: string }>();
	return row?.team_id ?? "";
}
