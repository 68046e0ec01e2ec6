import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { capture, createTeam } from "./support";

async function customerCount(teamId: string): Promise<number> {
	const row = await env.DB.prepare("SELECT count(*) AS n FROM customers WHERE team_id = ?")
		.bind(teamId)
		.first<{ n: number }>();
	return row?.n ?? 0;
}

describe("capture dedupe", () => {
	it("treats emails that differ only in case as one customer", async () => {
		const { token, team } = await createTeam();
		const a = await (
			await capture(token, { source: "gmail", contact: { email: "Jose.Garcia@Distribuidora.MX" } })
		).json();
		const b = await (
			await capture(token, { source: "gmail", contact: { email: "jose.garcia@distribuidora.mx" } })
		).json();
		expect(b.customer.id).toBe(a.customer.id);
		expect(b.matchedBy).toEqual({ kind: "email", value: "jose.garcia@distribuidora.mx" });
		expect(await customerCount(team.id)).toBe(1);
	});

	it("puts two people at one corporate domain into one company, with both contacts", async () => {
		const { token, team } = await createTeam();
		const a = await (
			await capture(token, { source: "gmail", contact: { name: "Ken", email: "ken@tokyo-trading.co.jp" } })
		).json();
		const b = await (
			await capture(token, { source: "gmail", contact: { name: "Yui", email: "yui@tokyo-trading.co.jp" } })
		).json();
		expect(b.created).toBe(false);
		expect(b.customer.id).toBe(a.customer.id);
		expect(b.matchedBy).toEqual({ kind: "domain", value: "tokyo-trading.co.jp" });
		expect(b.customer.identities.filter((i) => i.kind === "email")).toHaveLength(2);
		const contacts = await env.DB.prepare("SELECT count(*) AS n FROM contacts WHERE customer_id = ?")
			.bind(a.customer.id)
			.first<{ n: number }>();
		expect(contacts?.n).toBe(2);
		expect(await customerCount(team.id)).toBe(1);
	});

	it("never joins two free-mail senders into one company", async () => {
		const { token, team } = await createTeam();
		const a = await (
			await capture(token, { source: "gmail", contact: { email: "buyer.one@gmail.com" } })
		).json();
		const b = await (
			await capture(token, { source: "gmail", contact: { email: "buyer.two@gmail.com" } })
		).json();
		const c = await (
			await capture(token, {
				source: "gmail",
				contact: { email: "trade@qq.com" },
				company: { domain: "qq.com" },
			})
		).json();
		expect(new Set([a.customer.id, b.customer.id, c.customer.id]).size).toBe(3);
		expect(a.customer.domain).toBeNull();
		expect(c.customer.identities).toEqual([{ kind: "email", value: "trade@qq.com" }]);
		expect(await customerCount(team.id)).toBe(3);
	});

	it("matches a platform buyer id case-insensitively, before a weaker domain match", async () => {
		const { token, team } = await createTeam();
		const byDomain = await (
			await capture(token, { source: "gmail", contact: { email: "info@lagos-mart.ng" } })
		).json();
		const byBuyer = await (
			await capture(token, { source: "alibaba", contact: { name: "Chidi", buyerId: "NG1234567" } })
		).json();
		const again = await capture(token, {
			source: "alibaba",
			contact: { name: "Chidi O.", buyerId: "ng1234567", email: "chidi@lagos-mart.ng" },
		});
		const body = await again.json();
		expect(body.customer.id).toBe(byBuyer.customer.id);
		expect(body.customer.id).not.toBe(byDomain.customer.id);
		expect(body.matchedBy).toEqual({ kind: "buyer_id", value: "ng1234567" });
		// The domain stays with the customer that had it; the new email joins the matched one.
		expect(body.customer.identities).toEqual([
			{ kind: "buyer_id", value: "ng1234567" },
			{ kind: "email", value: "chidi@lagos-mart.ng" },
		]);
		expect(await customerCount(team.id)).toBe(2);
	});

	it("matches by phone in E.164 whatever the format", async () => {
		const { token } = await createTeam();
		const a = await (
			await capture(token, { source: "manual", contact: { name: "Raj", phone: "+91 98765 43210" } })
		).json();
		const b = await capture(token, {
			source: "manual",
			contact: { name: "Raj K", whatsapp: "https://wa.me/919876543210" },
		});
		const body = await b.json();
		expect(body.customer.id).toBe(a.customer.id);
		expect(body.matchedBy).toEqual({ kind: "phone", value: "+919876543210" });
	});

	it("creates one customer when captures of a new buyer race each other", async () => {
		const { token, team } = await createTeam();
		const contact = { email: "ops@racing-imports.co.uk" };
		const answers = await Promise.all(
			Array.from({ length: 5 }, (_, i) =>
				capture(token, { source: "gmail", contact: { ...contact, name: `Ops ${i}` } }),
			),
		);
		expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 201]);
		const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).customer.id)));
		expect(ids.size).toBe(1);
		expect(await customerCount(team.id)).toBe(1);
	});
});
