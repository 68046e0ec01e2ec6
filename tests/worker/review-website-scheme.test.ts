import { describe, expect, it } from "vitest";
import { csvOf, importCsv } from "./imports-support";
import { capture, createTeam, expectProblem, send, tableCounts, unique } from "./support";

/** Each names a registrable domain, yet as a link runs script (browsers drop tabs and newlines in URLs). */
const HOSTILE = [
	"javascript://acme-hostile.com/%0aalert(document.domain)",
	"javascript:alert(1)//@acme-hostile.com",
	"JaVaScRiPt:alert(1)//@acme-hostile.com",
	"java\tscript:alert(1)//@acme-hostile.com",
	"\u0001javascript:alert(1)//@acme-hostile.com",
	"vbscript://acme-hostile.com/",
	"data://acme-hostile.com/,hi",
];

describe("company website must be a web address (http, https or a bare host)", () => {
	it("refuses other schemes in a capture (422 on company.website) and writes nothing", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		for (const website of HOSTILE) {
			const res = await capture(token, { source: "gmail", contact: { name: "Eve" }, company: { website } });
			const problem = await expectProblem(res, 422);
			expect(
				problem.errors?.map((e) => e.path),
				website,
			).toEqual(["company.website"]);
		}
		expect(await tableCounts()).toEqual(before);
	});

	it("refuses them in a PATCH (422 on website), leaving the customer unchanged", async () => {
		const { token } = await createTeam();
		const made = await capture(token, {
			source: "manual",
			contact: { name: "Ann", email: `${unique("ann")}@acme-website-patch.com` },
		});
		const customer = ((await made.json()) as { customer: { id: string; version: number } }).customer;
		const before = await tableCounts();
		for (const website of HOSTILE) {
			const res = await send(`/v1/customers/${customer.id}`, {
				method: "PATCH",
				token,
				body: { version: customer.version, website },
			});
			const problem = await expectProblem(res, 422);
			expect(
				problem.errors?.map((e) => e.path),
				website,
			).toEqual(["website"]);
		}
		expect(await tableCounts()).toEqual(before);
		const after = (await (await send(`/v1/customers/${customer.id}`, { token })).json()) as {
			website: unknown;
		};
		expect(after.website).toBeNull();
	});

	it("refuses them in an import, which imports nothing", async () => {
		const { token } = await createTeam();
		const before = await tableCounts();
		const csv = csvOf(["company", "website"], [["Evil Trading", "javascript:alert(1)//@evil-import.com"]]);
		await expectProblem(await importCsv(token, csv), 422);
		expect(await tableCounts()).toEqual(before);
	});

	it("still takes real websites: https, http, bare hosts and host:port", async () => {
		const { token } = await createTeam();
		for (const website of [
			"https://www.acme-real-1.com/en/about",
			"http://acme-real-2.de",
			"www.acme-real-3.co.uk/contact",
			"acme-real-4.com:8080/shop",
		]) {
			const res = await capture(token, { source: "gmail", contact: { name: "Bo" }, company: { website } });
			expect(res.status, website).toBe(201);
			expect(((await res.json()) as { customer: { website: string } }).customer.website).toBe(website);
		}
	});
});
