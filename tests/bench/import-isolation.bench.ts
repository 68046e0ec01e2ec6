/**
 * One team's large import must not stall another team. A 50,000-row customer file is committed by
 * team A while team B lists its customers and captures, one request after another; B's latency is
 * printed beside the import's rate — once with the whole file loaded in one D1 batch
 * (IMPORT_CHUNK_ROWS=0, the way imports worked before) and once in bounded chunks (the default).
 * The local floor, GET /v1/health through the same `wrangler dev`, is printed first: read every
 * latency against it.
 */
import { randomUUID } from "node:crypto";
import type { StagedImport } from "../../shared/import/wire";
import { type ApiServer, startApi } from "../support/api-server";
import { measureHealth, type RequestSample, summarize } from "../support/request-measure";
import { apiFetch, createTeam } from "../support/team";
import type { Figure } from "./figure";

const ROWS = 50_000;
const CUSTOMERS = 5_000;
const PART_BYTES = 800_000;

export async function run(): Promise<Figure[]> {
	const figures: Figure[] = [];
	for (const [mode, chunkRows] of [
		["one_batch", "0"],
		["chunked", ""],
	] as const) {
		const vars: Record<string, string> = { RATE_LIMIT_PER_MINUTE: "0" };
		if (chunkRows !== "") vars.IMPORT_CHUNK_ROWS = chunkRows;
		const api = await startApi({ vars });
		try {
			if (mode === "chunked") figures.push(...(await measureHealth(api, "import.isolation.health")));
			figures.push(...(await importBesideAnotherTeam(api, `import.isolation.${mode}`)));
		} finally {
			await api.dispose();
		}
	}
	return figures;
}

async function importBesideAnotherTeam(api: ApiServer, prefix: string): Promise<Figure[]> {
	const importer = await createTeam(api, "Importer Ltd");
	const other = await createTeam(api, "Other Team GmbH");
	for (let i = 0; i < 200; i++) await capture(api, other.token, i);
	const importId = await stage(api, importer.token);

	let importing = true;
	const otherTeam = { list: [] as RequestSample[], capture: [] as RequestSample[] };
	let failures = 0;
	const lane = async (into: RequestSample[], send: () => Promise<RequestSample>) => {
		while (importing) {
			try {
				into.push(await send());
			} catch {
				failures += 1; // e.g. a 503 while the single batch holds the database: counted, not fatal
			}
		}
	};
	let n = 1000;
	const lanes = Promise.all([
		lane(otherTeam.list, () => timed(api, other.token, "GET", "/v1/customers?limit=50")),
		lane(otherTeam.capture, () => capture(api, other.token, n++)),
	]);
	const started = performance.now();
	const committed = await apiFetch(api, importer.token, `/v1/imports/${importId}/commit`, { body: {} });
	const seconds = (performance.now() - started) / 1000;
	importing = false;
	await lanes;
	if (committed.status !== 201)
		throw new Error(`The commit answered ${committed.status}: ${await committed.text()}`);
	const wall = seconds * 1000;
	return [
		{ name: `${prefix}.rows`, value: ROWS, unit: "rows" },
		{ name: `${prefix}.commit`, value: seconds, unit: "s" },
		{ name: `${prefix}.rate`, value: Math.round(ROWS / seconds), unit: "rows/s" },
		{ name: `${prefix}.other_team.failed`, value: failures, unit: "requests" },
		{
			name: `${prefix}.other_team.answered`,
			value: otherTeam.list.length + otherTeam.capture.length,
			unit: "requests",
		},
		...summarize(`${prefix}.other_team.list`, { samples: otherTeam.list, wallMs: wall }),
		...summarize(`${prefix}.other_team.capture`, { samples: otherTeam.capture, wallMs: wall }),
	];
}

/**
 * 50,000 invoice lines of 5,000 customers (the shape of a real ERP export, like the one that held
 * D1 for 13.6 s in a single batch), staged in parts.
 */
async function stage(api: ApiServer, token: string): Promise<string> {
	const staged = await apiFetch(api, token, "/v1/imports/staged", { method: "POST" });
	const { id } = (await staged.json()) as StagedImport;
	const header = "invoice,customer_id,email,company,country,date,amount,currency";
	let lines: string[] = [];
	let bytes = 0;
	let firstRow = 2;
	let index = 0;
	const flush = async () => {
		const part = await apiFetch(api, token, `/v1/imports/${id}/parts/${index}`, {
			method: "PUT",
			body: { csv: [header, ...lines].join("\n"), firstRow },
		});
		if (part.status !== 200) throw new Error(`Staging part ${index} answered ${part.status}`);
		firstRow += lines.length;
		index += 1;
		lines = [];
		bytes = 0;
	};
	const day0 = Date.now() - 700 * 86_400_000;
	for (let i = 0; i < ROWS; i++) {
		const account = 10_000 + ((i * 7919) % CUSTOMERS);
		const date = new Date(day0 + ((i * 37) % 690) * 86_400_000).toISOString().slice(0, 10);
		const amount = (((i * 104_729) % 500_000) / 100 + 1).toFixed(2);
		const line = `INV-${i},${account},buyer@acct-${account}.com,Account ${account} GmbH,${i % 5 === 0 ? "Germany" : "United States"},${date},${amount},USD`;
		if (bytes + line.length > PART_BYTES) await flush();
		lines.push(line);
		bytes += line.length + 1;
	}
	if (lines.length > 0) await flush();
	return id;
}

function capture(api: ApiServer, token: string, i: number): Promise<RequestSample> {
	const body = {
		source: "gmail",
		contact: { name: `Buyer ${i}`, email: `buyer${i}@other-${i}-${randomUUID().slice(0, 6)}.com` },
		company: { name: `Other Buyer ${i}` },
	};
	return timed(api, token, "POST", "/v1/captures", body, { "idempotency-key": randomUUID() });
}

async function timed(
	api: ApiServer,
	token: string,
	method: string,
	pathname: string,
	body?: unknown,
	headers: Record<string, string> = {},
): Promise<RequestSample> {
	const started = performance.now();
	const response = await fetch(`${api.url}${pathname}`, {
		method,
		headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
		...(body === undefined ? {} : { body: JSON.stringify(body) }),
		signal: AbortSignal.timeout(60_000),
	});
	const text = await response.text();
	if (!response.ok)
		throw new Error(`${method} ${pathname} answered ${response.status}: ${text.slice(0, 200)}`);
	return { ms: performance.now() - started, serverTiming: response.headers.get("server-timing") };
}
