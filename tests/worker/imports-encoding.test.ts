import { describe, expect, it } from "vitest";
import type { ImportSummary } from "../../shared/import/wire";
import { encodeGbk, encodeUtf16, encodeWindows1252, utf8WithBom } from "../support/encode-legacy";
import { SLOW } from "./imports-support";
import { api, createTeam, expectProblem, send, tableCounts, unique } from "./support";

/** POST /v1/imports with these bytes as a text/csv body. */
function postBytes(token: string, bytes: Uint8Array<ArrayBuffer>, contentType = "text/csv", query = "") {
	return send(`/v1/imports${query}`, {
		method: "POST",
		token,
		raw: bytes,
		headers: { "Content-Type": contentType },
	});
}

async function customerNames(token: string): Promise<Array<[string, string | null]>> {
	const res = await api(token).v1.customers.$get({ query: {} });
	expect(res.status).toBe(200);
	const { items } = (await res.json()) as { items: Array<{ name: string; country: string | null }> };
	return items.map((c): [string, string | null] => [c.name, c.country]).sort();
}

const chinese = (domain: string) => `客户名称,邮箱,国家\n上海贸易有限公司,li@${domain},中国\n`;

describe("POST /v1/imports in the encodings spreadsheets write", () => {
	it.each([
		["GBK (Chinese Excel's CSV)", (d: string) => encodeGbk(chinese(d))],
		["UTF-16 LE with BOM", (d: string) => encodeUtf16(chinese(d), "le")],
		["UTF-8 with BOM", (d: string) => utf8WithBom(chinese(d))],
	])("stores the Chinese names of a %s file", SLOW, async (_name, bytes) => {
		const team = await createTeam();
		const res = await postBytes(team.token, bytes(`${unique("sh")}.cn`));
		const text = await res.text();
		expect(res.status, text).toBe(201);
		const summary = JSON.parse(text) as ImportSummary;
		expect(summary.mapping.map((m) => [m.header, m.field])).toEqual([
			["客户名称", "company"],
			["邮箱", "email"],
			["国家", "country"],
		]);
		expect(await customerNames(team.token)).toEqual([["上海贸易有限公司", "CN"]]);
	});

	it("stores a Windows-1252 file's Müller, and honours an explicit charset=gbk", SLOW, async () => {
		const team = await createTeam();
		const western = `Company,Email,Country\nMüller Gerätebau GmbH,info@${unique("mueller")}.de,Österreich\n`;
		expect((await postBytes(team.token, encodeWindows1252(western))).status).toBe(201);
		const gbk = encodeGbk(`客户名称,邮箱\n浙江进出口公司,wang@${unique("zj")}.cn\n`);
		expect((await postBytes(team.token, gbk, "text/csv; charset=gbk")).status).toBe(201);
		expect((await customerNames(team.token)).map(([name]) => name)).toEqual([
			"Müller Gerätebau GmbH",
			"浙江进出口公司",
		]);
	});

	it("decodes staged parts the same way", SLOW, async () => {
		const team = await createTeam();
		const staged = (await (
			await send("/v1/imports/staged", { method: "POST", token: team.token })
		).json()) as {
			id: string;
		};
		const part = await send(`/v1/imports/${staged.id}/parts/0?firstRow=2`, {
			method: "PUT",
			token: team.token,
			raw: encodeGbk(chinese(`${unique("sh")}.cn`)),
			headers: { "Content-Type": "text/csv" },
		});
		expect(part.status, await part.text()).toBe(200);
		const commit = await send(`/v1/imports/${staged.id}/commit`, { token: team.token, body: {} });
		expect(commit.status, await commit.text()).toBe(201);
		expect(await customerNames(team.token)).toEqual([["上海贸易有限公司", "CN"]]);
	});

	it("refuses an unknown charset and bytes not in the declared one, storing nothing", SLOW, async () => {
		const team = await createTeam();
		const before = await tableCounts();
		const unknown = await expectProblem(
			await postBytes(team.token, encodeGbk(chinese("a.cn")), "text/csv; charset=koi8-r"),
			422,
		);
		expect(unknown.errors).toEqual([{ path: "body", message: expect.stringContaining('charset "koi8-r"') }]);
		const wrong = await expectProblem(
			await postBytes(team.token, encodeGbk(chinese("a.cn")), "text/csv; charset=utf-8"),
			422,
		);
		expect(wrong.errors?.[0]?.message).toBe("The file is not valid UTF-8 text");
		expect(await tableCounts()).toEqual(before);
	});
});

describe("POST /v1/imports with a header named twice", () => {
	it("is a 422 naming the column, row 1, and stores nothing; a dry run lists it", SLOW, async () => {
		const team = await createTeam();
		const csv = `Company,Email,Country,Email\nAcme,ops@${unique("acme")}.com,US,sales@acme.com\n`;
		const before = await tableCounts();
		const problem = await expectProblem(await postBytes(team.token, new TextEncoder().encode(csv)), 422);
		expect(problem.errors).toContainEqual({
			path: "rows.1.Email",
			message: 'The column "Email" appears twice (columns 2 and 4); rename or remove one',
		});
		expect(await tableCounts()).toEqual(before);
		const dry = await postBytes(team.token, new TextEncoder().encode(csv), "text/csv", "?dryRun=true");
		const summary = (await dry.json()) as ImportSummary;
		expect(summary.problems).toContainEqual({
			row: 1,
			column: "Email",
			field: null,
			message: 'The column "Email" appears twice (columns 2 and 4); rename or remove one',
		});
	});
});
