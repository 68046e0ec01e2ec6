import { env } from "cloudflare:test";
import { expect } from "vitest";
import type { ScoringInput } from "../../shared/scoring";
import { send } from "./support";

export interface SeedOrder {
	amount: number;
	currency: string;
	date: string;
	cancelled?: boolean;
	reference?: string;
}

export interface SeedCustomer {
	name: string;
	country?: string;
	buyerType?: string;
	domain?: string;
	orders: SeedOrder[];
}

export interface SeededCustomer extends SeedCustomer {
	id: string;
}

/**
 * Writes customers and their orders straight into the test's D1 (real tables, real migrations):
 * re-scoring is about what is stored, and this is how a large team is set up quickly. One JSON
 * parameter per table, read with json_each, as the import path writes them.
 */
export async function seedCustomers(teamId: string, specs: SeedCustomer[]): Promise<SeededCustomer[]> {
	const run = crypto.randomUUID().slice(0, 8);
	const seeded = specs.map((spec, i) => ({ ...spec, id: `cus_seed${run}_${String(i).padStart(6, "0")}` }));
	const customers = seeded.map((c) => [
		c.id,
		teamId,
		c.name,
		c.country ?? null,
		c.buyerType ?? null,
		c.domain ?? null,
	]);
	const orders = seeded.flatMap((c) =>
		c.orders.map((o, j) => [
			`ord_seed${run}_${c.id.slice(-6)}_${j}`,
			teamId,
			c.id,
			o.amount,
			o.currency,
			o.amount,
			o.date,
			o.reference ?? null,
			o.cancelled ? 1 : 0,
		]),
	);
	const statements = [
		env.DB.prepare(
			`INSERT INTO customers (id, team_id, name, country, buyer_type, domain)
			 SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
			        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]')
			 FROM json_each(?)`,
		).bind(JSON.stringify(customers)),
	];
	for (let i = 0; i < orders.length; i += 5000) {
		statements.push(
			env.DB.prepare(
				`INSERT INTO orders (id, team_id, customer_id, amount, currency, amount_usd, date, reference, cancelled)
				 SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]'),
				        json_extract(value, '$[3]'), json_extract(value, '$[4]'), json_extract(value, '$[5]'),
				        json_extract(value, '$[6]'), json_extract(value, '$[7]'), json_extract(value, '$[8]')
				 FROM json_each(?)`,
			).bind(JSON.stringify(orders.slice(i, i + 5000))),
		);
	}
	await env.DB.batch(statements);
	return seeded;
}

/** The engine's input for a seeded customer, as the worker builds it (scoringInput in customers/scoring.ts). */
export function inputOf(c: SeedCustomer): ScoringInput {
	return {
		orders: c.orders.map((o) => ({
			amount: o.amount,
			currency: o.currency,
			date: o.date,
			cancelled: o.cancelled ?? false,
		})),
		interactions: [],
		inquiries: [],
		platform: {},
		company: {
			...(c.buyerType ? { buyerType: c.buyerType as never } : {}),
			...(c.country ? { country: c.country } : {}),
			corporateDomain: c.domain !== undefined,
		},
	};
}

/** A deterministic spread of customers: a few big buyers, many small ones, some who never bought. */
export function spreadOfCustomers(count: number, today = new Date()): SeedCustomer[] {
	const day = (daysAgo: number) =>
		new Date(today.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
	const types = ["brand_owner", "importer", "distributor", "wholesaler", "retailer", "individual"];
	const countries = ["US", "DE", "GB", "AE", "IN", "BR", "NG", "FR"];
	return Array.from({ length: count }, (_, i) => {
		const orderCount = i % 7 === 0 ? 0 : 1 + ((i * 7) % 9);
		const size = 200 + ((i * 7919) % 50_000) * (i % 11 === 0 ? 10 : 1);
		return {
			name: `Customer ${i}`,
			country: countries[i % countries.length],
			...(i % 3 === 0 ? {} : { buyerType: types[i % types.length] }),
			...(i % 4 === 0 ? { domain: `c${i}.example.com` } : {}),
			orders: Array.from({ length: orderCount }, (_, j) => ({
				amount: size / (j + 1),
				currency: j % 3 === 0 ? "EUR" : "USD",
				date: day(5 + ((i * 13 + j * 41) % 500)),
				cancelled: j === 4,
			})),
		};
	});
}

export interface JobState {
	id: string;
	state: string;
	phase: string;
	scope: string;
	total: number;
	done: number;
	settingsVersion: number;
	startedAt: string;
	finishedAt: string | null;
	error: string | null;
}

/** Polls the job as a client would (each poll may also drive it) until it is no longer running. */
export async function waitForJob(token: string, jobId: string, timeoutMs = 60_000): Promise<JobState> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const res = await send(`/v1/team/scoring/jobs/${jobId}`, { token });
		expect(res.status).toBe(200);
		const job = (await res.json()) as JobState;
		if (job.state !== "running") return job;
		if (Date.now() > deadline) throw new Error(`job ${jobId} still running: ${JSON.stringify(job)}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

export async function customerRows(teamId: string) {
	const { results } = await env.DB.prepare(
		"SELECT id, tier, current_value AS current, potential_value AS potential, settings_version AS settingsVersion, sync_seq AS syncSeq, version, explanation FROM customers WHERE team_id = ? ORDER BY id",
	)
		.bind(teamId)
		.all<{
			id: string;
			tier: string;
			current: number;
			potential: number;
			settingsVersion: number;
			syncSeq: number;
			version: number;
			explanation: string | null;
		}>();
	return results;
}
