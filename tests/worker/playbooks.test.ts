import { describe, expect, it } from "vitest";
import { DEFAULT_PLAYBOOKS } from "../../shared/schema/playbooks";
import { addMember, createTeam, expectProblem, send, tableCounts } from "./support";

const put = (token: string, body: unknown) => send("/v1/team/playbooks", { method: "PUT", token, body });

describe("GET|PUT /v1/team/playbooks", () => {
	it("the essays' defaults until a manager changes them; every member reads them", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const first = (await (await send("/v1/team/playbooks", { token: sales.token })).json()) as {
			playbooks: typeof DEFAULT_PLAYBOOKS;
			updatedAt: string | null;
		};
		expect(first).toEqual({ playbooks: DEFAULT_PLAYBOOKS, updatedAt: null });
		expect(first.playbooks.platinum.cadenceDays).toBe(14);
		expect(first.playbooks.iron.reviewEveryDays).toBe(90);

		const changed = { ...DEFAULT_PLAYBOOKS, gold: { cadenceDays: 20, nextStep: "Visit at the Canton Fair" } };
		const manager = await addMember(token, "manager");
		expect((await put(manager.token, changed)).status).toBe(200);
		const read = (await (await send("/v1/team/playbooks", { token: sales.token })).json()) as {
			playbooks: typeof DEFAULT_PLAYBOOKS;
		};
		expect(read.playbooks.gold).toEqual({ cadenceDays: 20, nextStep: "Visit at the Canton Fair" });
	});

	it("a salesperson cannot change them; bad or unknown fields are refused and nothing changes", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		const before = await tableCounts();
		await expectProblem(await put(sales.token, DEFAULT_PLAYBOOKS), 403);
		const zero = await expectProblem(
			await put(token, { ...DEFAULT_PLAYBOOKS, lead: { cadenceDays: 0, nextStep: "x" } }),
			422,
		);
		expect(zero.errors?.[0]?.path).toBe("lead.cadenceDays");
		await expectProblem(await put(token, { ...DEFAULT_PLAYBOOKS, extra: true }), 422);
		expect(await tableCounts()).toEqual(before);
	});
});
