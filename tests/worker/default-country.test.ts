import { describe, expect, it } from "vitest";
import type { CustomerDetail } from "../../shared/schema/customer";
import { addMember, capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

// The team's default country: phones written without a country code are read in it when nothing
// about the contact implies one; with none, a page's such number is kept as written, never a key.
const put = (token: string, body: unknown) =>
	send("/v1/team/default-country", { method: "PUT", token, body });

async function detailOf(token: string, customerId: string): Promise<CustomerDetail> {
	const res = await send(`/v1/customers/${customerId}`, { token });
	expect(res.status).toBe(200);
	return (await res.json()) as CustomerDetail;
}

describe("/v1/team/default-country", () => {
	it("starts empty; an admin sets and clears it, audited; /v1/me carries it", async () => {
		const { token } = await createTeam();
		expect(await (await send("/v1/team/default-country", { token })).json()).toEqual({
			defaultCountry: null,
		});
		const set = await put(token, { defaultCountry: "us" });
		expect(set.status).toBe(200);
		expect(await set.json()).toEqual({ defaultCountry: "US" });
		const me = (await (await send("/v1/me", { token })).json()) as {
			team: { defaultCountry: string | null };
		};
		expect(me.team.defaultCountry).toBe("US");
		expect(await (await put(token, { defaultCountry: null })).json()).toEqual({ defaultCountry: null });
		const audit = (await (await send("/v1/audit?action=team.default_country", { token })).json()) as {
			items: Array<{ before: unknown; after: unknown }>;
		};
		expect(audit.items.map((i) => i.after)).toEqual([{ defaultCountry: null }, { defaultCountry: "US" }]);
	});

	it("refuses an unknown code, a name, extra fields and a non-admin with a problem, changing nothing", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const before = await tableCounts();
		for (const body of [
			{ defaultCountry: "XX" },
			{ defaultCountry: "China" },
			{ defaultCountry: "CN", x: 1 },
			{},
		]) {
			const problem = await expectProblem(await put(token, body), 422);
			expect(problem.errors?.length).toBeGreaterThan(0);
		}
		await expectProblem(await put(sales.token, { defaultCountry: "CN" }), 403);
		expect(await tableCounts()).toEqual(before);
		expect(await (await send("/v1/team/default-country", { token: sales.token })).json()).toEqual({
			defaultCountry: null,
		});
	});

	it("reads a page's number without a country code in the team's country; with none keeps it as written", async () => {
		const { token } = await createTeam();
		const written = "(312) 346-9947";
		const noCountry = await capture(token, {
			source: "gmail",
			contact: { name: "John E. Doe", email: `${unique("john")}@xxx-research.com`, phoneAsWritten: written },
			company: { name: "Xxx Research" },
		});
		expect(noCountry.status).toBe(201);
		const kept = (await noCountry.json()) as { customer: { id: string } };
		const keptContact = (await detailOf(token, kept.customer.id)).contacts[0];
		expect(keptContact).toMatchObject({ phone: null, phoneAsWritten: written });
		const identities = (await detailOf(token, kept.customer.id)).identities.map((i) => i.kind);
		expect(identities).not.toContain("phone");

		expect((await put(token, { defaultCountry: "US" })).status).toBe(200);
		const placed = await capture(token, {
			source: "gmail",
			contact: { name: "Jane Roe", email: `${unique("jane")}@roe-supply.com`, phoneAsWritten: written },
			company: { name: "Roe Supply" },
		});
		const read = (await placed.json()) as { customer: { id: string } };
		const detail = await detailOf(token, read.customer.id);
		expect(detail.contacts[0]).toMatchObject({ phone: "+13123469947", phoneAsWritten: null });
		expect(detail.identities).toContainEqual(
			expect.objectContaining({ kind: "phone", value: "+13123469947" }),
		);

		// The company's own country still wins over the team's.
		const british = await capture(token, {
			source: "gmail",
			contact: { name: "Tom Hill", email: `${unique("tom")}@hill-trading.co.uk`, phone: "020 7946 0018" },
			company: { name: "Hill Trading", country: "GB" },
		});
		const gb = (await british.json()) as { customer: { id: string } };
		expect((await detailOf(token, gb.customer.id)).contacts[0]?.phone).toBe("+442079460018");
	});

	it("imports read phones without a country code in the team's country; a row's own country wins", async () => {
		const { token } = await createTeam();
		const csv = [
			"company,email,phone,country",
			`Lakeside Lighting,${unique("ann")}@lakeside-lighting.com,(312) 346-9947,`,
			`Thames Lamps,${unique("tom")}@thames-lamps.co.uk,020 7946 0018,United Kingdom`,
		].join("\n");
		const refused = await send("/v1/imports", { token, body: { csv, dryRun: true } });
		const checked = (await refused.json()) as {
			state: string;
			problems: Array<{ row: number; column: string | null }>;
		};
		expect(checked.problems).toEqual([expect.objectContaining({ row: 2, column: "phone" })]);
		expect((await put(token, { defaultCountry: "US" })).status).toBe(200);
		const imported = await send("/v1/imports", { token, body: { csv } });
		expect(imported.status).toBe(201);
		const list = (await (await send("/v1/customers?q=Lakeside", { token })).json()) as {
			items: Array<{ id: string }>;
		};
		const lakeside = await detailOf(token, list.items[0]?.id ?? "");
		expect(lakeside.contacts[0]?.phone).toBe("+13123469947");
		const thamesList = (await (await send("/v1/customers?q=Thames", { token })).json()) as {
			items: Array<{ id: string }>;
		};
		expect((await detailOf(token, thamesList.items[0]?.id ?? "")).contacts[0]?.phone).toBe("+442079460018");
	});
});
