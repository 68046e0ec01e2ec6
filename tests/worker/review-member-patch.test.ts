import { describe, expect, it } from "vitest";
import { addMember, createTeam, send, tableCounts } from "./support";

describe("PATCH /v1/members/:id with nothing to change", () => {
	it("answers the member unchanged (200), not a 500, and writes nothing", async () => {
		const team = await createTeam();
		const sales = await addMember(team.token, "sales");
		const before = await tableCounts();
		const res = await send(`/v1/members/${sales.member.id}`, {
			method: "PATCH",
			token: team.token,
			body: {},
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual(sales.member);
		expect(await tableCounts()).toEqual(before);
	});
});
