import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMERS, DEMO_MEMBERS, DEMO_TEAM } from "../../scripts/lib/demo-data";
import { freePort, portInUse } from "../../scripts/lib/ports";
import { REPO_ROOT } from "../../scripts/lib/wrangler";
import type { DevCredentials } from "../../scripts/seed-demo";
import { d1Query } from "../support/team";

// `npm start` on its own port, state directory and credentials file (the extension build is
// skipped here; the browser suites build it). Proves: API up, demo team seeded once, a second
// start adds nothing, Ctrl-C stops everything.
describe("npm start", () => {
	let dir: string;
	let port: number;
	let env: NodeJS.ProcessEnv;

	beforeAll(async () => {
		dir = await mkdtemp(path.join(os.tmpdir(), "tierline-dev-"));
		port = await freePort();
		env = {
			...process.env,
			TIERLINE_PORT: String(port),
			TIERLINE_STATE_DIR: path.join(dir, "state"),
			TIERLINE_CREDENTIALS: path.join(dir, "dev-credentials.json"),
			TIERLINE_SKIP_BUILD: "1",
		};
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	const counts = async () => {
		const [row] = await d1Query<{ teams: number; members: number; customers: number; orders: number }>(
			{ persistTo: path.join(dir, "state") },
			`SELECT (SELECT count(*) FROM teams) AS teams, (SELECT count(*) FROM members) AS members,
			        (SELECT count(*) FROM customers) AS customers, (SELECT count(*) FROM orders) AS orders`,
		);
		return row;
	};

	it("serves the API with the demo team seeded, then stops cleanly on Ctrl-C", async () => {
		const dev = await startDev(env);
		expect(dev.output()).toContain(`http://127.0.0.1:${port}`);
		const credentials = JSON.parse(
			await readFile(env.TIERLINE_CREDENTIALS as string, "utf8"),
		) as DevCredentials;
		expect(credentials.apiUrl).toBe(`http://127.0.0.1:${port}`);
		expect(dev.output()).toContain(credentials.token);

		const me = await fetch(`${credentials.apiUrl}/v1/me`, {
			headers: { authorization: `Bearer ${credentials.token}` },
		});
		expect(me.status).toBe(200);
		const body = (await me.json()) as { team: { name: string }; member: { name: string; role: string } };
		expect(body.team.name).toBe(DEMO_TEAM.name);
		expect(body.member).toMatchObject({ name: DEMO_TEAM.admin.name, role: "admin" });

		const orders = DEMO_CUSTOMERS.reduce((sum, c) => sum + c.orders.length, 0);
		expect(await counts()).toEqual({
			teams: 1,
			members: 1 + DEMO_MEMBERS.length,
			customers: DEMO_CUSTOMERS.length,
			orders,
		});

		expect(await dev.interrupt()).toEqual({ code: 0, leftovers: false });
		expect(await portInUse(port)).toBe(false);
	});

	it("adds nothing when started again", async () => {
		const before = await counts();
		const dev = await startDev(env);
		expect(dev.output()).toContain("Already seeded");
		expect(await counts()).toEqual(before);
		expect(await dev.interrupt()).toEqual({ code: 0, leftovers: false });
	});
});

async function startDev(env: NodeJS.ProcessEnv) {
	const child = spawn(path.join(REPO_ROOT, "node_modules/.bin/tsx"), ["scripts/dev.ts"], {
		cwd: REPO_ROOT,
		env,
		stdio: ["ignore", "pipe", "pipe"],
		detached: true,
	});
	let output = "";
	child.stdout.on("data", (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr.on("data", (chunk: Buffer) => {
		output += chunk.toString();
	});
	try {
		await waitFor(
			child,
			() => output.includes("Tierline is running."),
			() => output,
		);
	} catch (error) {
		killGroup(child, "SIGKILL");
		throw error;
	}
	return {
		output: () => output,
		/**
		 * Ctrl-C: SIGINT to the dev script alone, which must stop wrangler and workerd itself.
		 * Answers the exit code and whether any process of the group was left running.
		 */
		interrupt: async () => {
			const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
			child.kill("SIGINT");
			const code = await exit;
			const leftovers = await groupAliveAfter(child, 3_000);
			killGroup(child, "SIGKILL");
			return { code, leftovers };
		},
	};
}

async function waitFor(child: ChildProcess, ready: () => boolean, output: () => string): Promise<void> {
	const deadline = Date.now() + 150_000;
	while (!ready()) {
		if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output()}`);
		if (Date.now() > deadline) throw new Error(`npm start did not get ready:\n${output()}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

/** Whether the script's process group still has a process after a grace period (exited ones may linger briefly). */
async function groupAliveAfter(child: ChildProcess, graceMs: number): Promise<boolean> {
	const deadline = Date.now() + graceMs;
	while (groupAlive(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
	return groupAlive(child);
}

function groupAlive(child: ChildProcess): boolean {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, 0);
		return child.pid !== undefined;
	} catch {
		return false;
	}
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	try {
		if (child.pid !== undefined) process.kill(-child.pid, signal);
	} catch {
		// Already gone.
	}
}
