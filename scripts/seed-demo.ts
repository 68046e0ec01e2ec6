import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CaptureResponse, CreateTeamResponse, Member } from "../shared/schema";
import { type ApiClient, ApiError, apiClient } from "./lib/api-client";
import { DEMO_CUSTOMERS, DEMO_MEMBERS, DEMO_TEAM, type DemoOwner, demoOrder } from "./lib/demo-data";

/** `.tierline/dev-credentials.json`: what the extension, scripts and people use to reach the local API. */
export interface DevCredentials {
	apiUrl: string;
	/** The demo admin's API token. */
	token: string;
	teamId?: string;
	/** True once every demo member, customer and order is in. */
	demoSeeded?: boolean;
	/** Which demo seed that was: a newer seed adds what it brings (captures and orders are idempotent). */
	demoSeedVersion?: number;
}

/** Bumped when the demo data grows (2: the senders of the pages `npm run demo` opens). */
export const DEMO_SEED_VERSION = 2;

export interface SeedOutcome {
	credentials: DevCredentials;
	/** "seeded" on the first start, "resumed" after an interrupted seed, "kept" when nothing was added. */
	action: "seeded" | "resumed" | "kept";
}

/**
 * Seeds the demo team once through the real API. Re-running adds nothing: a saved token that still
 * works (GET /v1/me) with a completed seed is kept. An interrupted seed resumes safely, because
 * captures carry fixed Idempotency-Keys and orders fixed references.
 */
export async function seedDemo(
	apiUrl: string,
	operatorToken: string,
	credentialsFile: string,
	log: (message: string) => void = () => {},
): Promise<SeedOutcome> {
	const saved = await readCredentials(credentialsFile);
	if (saved && (await tokenWorks(apiUrl, saved.token))) {
		const credentials = { ...saved, apiUrl };
		if (saved.demoSeeded && saved.demoSeedVersion === DEMO_SEED_VERSION) {
			await writeCredentials(credentialsFile, credentials);
			return { credentials, action: "kept" };
		}
		log(saved.demoSeeded ? "Adding what the newer demo seed brings…" : "Resuming the interrupted demo seed…");
		await seedContents(apiUrl, credentials.token, log);
		return { credentials: await markSeeded(credentialsFile, credentials), action: "resumed" };
	}
	log(`Creating the demo team "${DEMO_TEAM.name}"…`);
	const team = await apiClient(apiUrl, operatorToken).request<CreateTeamResponse>(
		"POST",
		"/v1/teams",
		DEMO_TEAM,
	);
	const credentials: DevCredentials = { apiUrl, token: team.token, teamId: team.team.id, demoSeeded: false };
	await writeCredentials(credentialsFile, credentials);
	await seedContents(apiUrl, team.token, log);
	return { credentials: await markSeeded(credentialsFile, credentials), action: "seeded" };
}

async function seedContents(
	apiUrl: string,
	adminToken: string,
	log: (message: string) => void,
): Promise<void> {
	const admin = apiClient(apiUrl, adminToken);
	const clients = new Map<DemoOwner, ApiClient>([["admin", admin]]);
	for (const member of DEMO_MEMBERS) {
		log(`Adding ${member.role} member ${member.name}…`);
		clients.set(member.key, apiClient(apiUrl, await memberToken(admin, member)));
	}
	const now = new Date();
	for (const customer of DEMO_CUSTOMERS) {
		const client = clients.get(customer.owner) ?? admin;
		const answer = await client.request<CaptureResponse>("POST", "/v1/captures", customer.capture, {
			"idempotency-key": `demo-seed-${customer.key}`,
		});
		log(`Captured ${answer.customer.name}`);
		for (const [index, order] of customer.orders.entries()) {
			await addOrderOnce(client, answer.customer.id, demoOrder(customer.key, index, order, now));
		}
	}
}

/** Adds the member (or finds them after an interrupted seed) and issues a token for their captures. */
async function memberToken(admin: ApiClient, member: (typeof DEMO_MEMBERS)[number]): Promise<string> {
	const body = { name: member.name, email: member.email, role: member.role };
	let created: Member;
	try {
		created = await admin.request<Member>("POST", "/v1/members", body);
	} catch (error) {
		if (!(error instanceof ApiError && error.status === 409)) throw error;
		const list = await admin.request<{ items: Member[] }>("GET", "/v1/members");
		const found = list.items.find((m) => m.email === member.email);
		if (!found) throw error;
		created = found;
	}
	const issued = await admin.request<{ token: string }>("POST", "/v1/tokens", {
		memberId: created.id,
		label: "demo seed",
	});
	return issued.token;
}

async function addOrderOnce(client: ApiClient, customerId: string, order: ReturnType<typeof demoOrder>) {
	try {
		await client.request("POST", `/v1/customers/${encodeURIComponent(customerId)}/orders`, order);
	} catch (error) {
		// The reference is unique per team: 409 means this order went in on an earlier run.
		if (!(error instanceof ApiError && error.status === 409)) throw error;
	}
}

async function tokenWorks(apiUrl: string, token: string): Promise<boolean> {
	const response = await fetch(`${apiUrl}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
	await response.body?.cancel();
	return response.ok;
}

async function readCredentials(file: string): Promise<DevCredentials | undefined> {
	if (!existsSync(file)) return undefined;
	try {
		const parsed = JSON.parse(await readFile(file, "utf8")) as Partial<DevCredentials>;
		return typeof parsed.token === "string" && typeof parsed.apiUrl === "string"
			? (parsed as DevCredentials)
			: undefined;
	} catch {
		return undefined;
	}
}

async function writeCredentials(file: string, credentials: DevCredentials): Promise<void> {
	await mkdir(path.dirname(file), { recursive: true });
	await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

async function markSeeded(file: string, credentials: DevCredentials): Promise<DevCredentials> {
	const done = { ...credentials, demoSeeded: true, demoSeedVersion: DEMO_SEED_VERSION };
	await writeCredentials(file, done);
	return done;
}
