import { writeFile } from "node:fs/promises";
import path from "node:path";
import { executeLocalD1File } from "../../scripts/lib/d1";

/**
 * Bulk-loads synthetic customers into a local D1 for benchmarks: SQL INSERTs generated in chunks and
 * applied with `wrangler d1 execute --local --file` (far faster than one API call per customer).
 * Deterministic: the same options give the same rows, so runs are comparable.
 */
export interface BulkSeedOptions {
	persistTo: string;
	teamId: string;
	ownerId: string;
	customers: number;
	/** Where the generated .sql files go. */
	workDir: string;
	customersPerFile?: number;
	onProgress?: (done: number, total: number) => void;
}

export interface BulkSeedResult {
	customers: number;
	identities: number;
	/** Keys that exist, for lookups: [kind, value]. A sample, not all. */
	knownKeys: { emails: string[]; domains: string[]; buyerIds: string[] };
}

const TIERS = ["platinum", "gold", "iron", "lead"] as const;
const COUNTRIES = ["US", "DE", "GB", "AE", "SA", "IN", "BR", "MX", "AU", "SG", "FR", "IT", "ES", "NL", "PL"];
const BUYER_TYPES = ["brand_owner", "importer", "distributor", "wholesaler", "retailer", "individual"];
const FREE_MAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "qq.com"];
const ROWS_PER_INSERT = 500;

export async function bulkSeedCustomers(options: BulkSeedOptions): Promise<BulkSeedResult> {
	const perFile = options.customersPerFile ?? 50_000;
	const random = mulberry32(0x7131e);
	const result: BulkSeedResult = {
		customers: 0,
		identities: 0,
		knownKeys: { emails: [], domains: [], buyerIds: [] },
	};
	for (let start = 0; start < options.customers; start += perFile) {
		const end = Math.min(start + perFile, options.customers);
		const rows = generateRows(options, start, end, random, result);
		const file = path.join(options.workDir, `bulk-seed-${start}.sql`);
		await writeFile(file, rowsToSql(rows));
		await executeLocalD1File(options.persistTo, file);
		options.onProgress?.(end, options.customers);
	}
	const counter = path.join(options.workDir, "bulk-seed-counter.sql");
	await writeFile(
		counter,
		`UPDATE teams SET sync_counter = ${options.customers} WHERE id = ${sql(options.teamId)};\n`,
	);
	await executeLocalD1File(options.persistTo, counter);
	return result;
}

interface Rows {
	customers: string[];
	contacts: string[];
	identities: string[];
}

function generateRows(
	options: BulkSeedOptions,
	start: number,
	end: number,
	random: () => number,
	result: BulkSeedResult,
) {
	const rows: Rows = { customers: [], contacts: [], identities: [] };
	const team = sql(options.teamId);
	for (let i = start; i < end; i++) {
		const id = opaqueId("cus", i, random);
		const contactId = opaqueId("con", i, random);
		const freeMail = random() < 0.3;
		const domain = freeMail ? pick(FREE_MAIL, random) : `company-${hex(i)}.example.com`;
		const email = `buyer${i}@${domain}`;
		const tier = TIERS[tierIndex(random())] as string;
		const current = Math.round(random() * 1000) / 10;
		const potential = Math.round(random() * 1000) / 10;
		rows.customers.push(
			`(${sql(id)},${team},${sql(`Company ${i}`)},${freeMail ? "NULL" : sql(domain)},${sql(pick(COUNTRIES, random))},` +
				`${sql(pick(BUYER_TYPES, random))},'active',${sql(options.ownerId)},0,${sql(tier)},${current},${potential},${i + 1})`,
		);
		rows.contacts.push(`(${sql(contactId)},${team},${sql(id)},${sql(`Buyer ${i}`)},${sql(email)})`);
		const identity = (kind: string, value: string) => {
			rows.identities.push(
				`(${sql(opaqueId("idn", i, random))},${team},${sql(id)},${sql(contactId)},'${kind}',${sql(value)})`,
			);
			result.identities++;
		};
		identity("email", email);
		if (random() < 0.4) identity("email", freeMail ? `buyer${i}.alt@${domain}` : `sales${i}@${domain}`);
		if (!freeMail) identity("domain", domain);
		const buyerId = random() < 0.25 ? `bench${hex(i)}buyer` : undefined;
		if (buyerId) identity("buyer_id", buyerId);
		if (random() < 0.25) identity("phone", `+1555${String(i).padStart(7, "0")}`);
		result.customers++;
		sampleKnownKeys(result, i, email, freeMail ? undefined : domain, buyerId);
	}
	return rows;
}

function sampleKnownKeys(
	result: BulkSeedResult,
	i: number,
	email: string,
	domain?: string,
	buyerId?: string,
) {
	if (i % 37 !== 0) return;
	result.knownKeys.emails.push(email);
	if (domain) result.knownKeys.domains.push(domain);
	if (buyerId) result.knownKeys.buyerIds.push(buyerId);
}

function rowsToSql(rows: Rows): string {
	return [
		inserts(
			"customers (id, team_id, name, domain, country, buyer_type, status, owner_id, in_pool, tier, current_value, potential_value, sync_seq)",
			rows.customers,
		),
		inserts("contacts (id, team_id, customer_id, name, email)", rows.contacts),
		inserts("identities (id, team_id, customer_id, contact_id, kind, value)", rows.identities),
	].join("");
}

function inserts(table: string, values: string[]): string {
	let out = "";
	for (let i = 0; i < values.length; i += ROWS_PER_INSERT) {
		out += `INSERT INTO ${table} VALUES\n${values.slice(i, i + ROWS_PER_INSERT).join(",\n")};\n`;
	}
	return out;
}

/** About 5% platinum, 15% gold, 30% iron, 50% lead: the 80/20 shape export firms report. */
function tierIndex(r: number): number {
	return r < 0.05 ? 0 : r < 0.2 ? 1 : r < 0.5 ? 2 : 3;
}

function sql(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/**
 * Ids shaped like the API's own (worker/db/ids.ts: a type prefix and 16 bytes, base64url), but
 * led by the row number, so consecutive rows land close together in the primary-key B-trees
 * instead of splitting pages all over them (about twice as fast to load at this size).
 */
function opaqueId(prefix: string, i: number, random: () => number): string {
	const bytes = Buffer.alloc(16);
	bytes.writeUInt32BE(i, 0);
	for (let b = 4; b < 16; b++) bytes[b] = Math.floor(random() * 256);
	return `${prefix}_${bytes.toString("base64url")}`;
}

function hex(i: number): string {
	return i.toString(16).padStart(8, "0");
}

function pick<T>(list: readonly T[], random: () => number): T {
	return list[Math.floor(random() * list.length)] as T;
}

/** A small seeded PRNG, so every run generates the same data. */
function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
