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
	const lane = async (into: RequestSample[], send: () => Promise<RequestSample>) => {
		while (importing) into.push(await send());
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
		...summarize(`${prefix}.other_team.list`, { samples: otherTeam.list, wallMs: wall }),
		...summarize(`${prefix}.other_team.capture`, { samples: otherTeam.capture, wallMs: wall }),
	];
}

/** 50,000 distinct buyers (each its own corporate domain, so each a new customer), staged in parts. */
async function stage(api: ApiServer, token: string): Promise<string> {
	const staged = await apiFetch(api, token, "/v1/imports/staged", { method: "POST" });
	const { id } = (await staged.json()) as StagedImport;
	const header = "email,company,country,phone";
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
	for (let i = 0; i < ROWS; i++) {
		const line = `buyer${i}@bench-buyer-${i}.com,Bench Buyer ${i} GmbH,${i % 3 === 0 ? "DE" : "US"},+1 415 555 ${String(i % 10_000).padStart(4, "0")}`;
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
