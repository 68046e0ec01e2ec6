import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CaptureRequest } from "../../shared/schema/capture";
import { syncResponseSchema } from "../../shared/schema/sync";
import { addMember, capture, createTeam, send } from "./support";

type Message = { direction: "inbound" | "outbound"; date: string; body: string };

function threadCapture(source: "gmail" | "alibaba", externalId: string, messages: Message[]): CaptureRequest {
	return {
		source,
		contact: { email: "omar@gulf-trading.ae", name: "Omar Haddad" },
		company: { name: "Gulf Trading LLC" },
		thread: {
			kind: source === "alibaba" ? "inquiry" : "email",
			externalId,
			subject: "LED panels, FOB Ningbo",
			messages: messages.map((m, i) => ({
				...m,
				id: `m${i}`,
				fromName: m.direction === "inbound" ? "Omar" : "Lin",
			})),
		},
	};
}

async function captureThread(token: string, request: CaptureRequest) {
	const res = await capture(token, request);
	expect([200, 201]).toContain(res.status);
	return (await res.json()).customer as { id: string; awaitingReply?: unknown };
}

async function synced(token: string, id: string) {
	const res = await send("/v1/sync?limit=200", { token });
	expect(res.status).toBe(200);
	return syncResponseSchema.parse(await res.json()).customers.find((c) => c.id === id);
}

const buyerAsks: Message = {
	direction: "inbound",
	date: "2026-12-04T08:00:00.000Z",
	body: "Please quote FOB Ningbo",
};
const weReply: Message = { direction: "outbound", date: "2026-12-04T10:30:00.000Z", body: "Quote attached" };

describe("a buyer waiting for our reply (customers.awaiting_reply)", () => {
	it("a thread that ends with the buyer's message makes them wait since it was sent; our reply captured later ends it", async () => {
		const { token } = await createTeam();
		const customer = await captureThread(token, threadCapture("gmail", "t-1", [buyerAsks]));
		expect(customer.awaitingReply).toEqual({ since: buyerAsks.date, source: "gmail" });
		expect((await synced(token, customer.id))?.awaitingReply).toEqual({
			since: buyerAsks.date,
			source: "gmail",
		});

		await captureThread(token, threadCapture("gmail", "t-1", [buyerAsks, weReply]));
		expect((await synced(token, customer.id))?.awaitingReply).toBeNull();
	});

	it("the newest thread decides: an older thread captured later changes nothing; an Alibaba inquiry says so", async () => {
		const { token } = await createTeam();
		const newer: Message = { ...buyerAsks, date: "2026-12-05T06:00:00.000Z" };
		const customer = await captureThread(token, threadCapture("alibaba", "inq-9", [newer]));
		expect(customer.awaitingReply).toEqual({ since: newer.date, source: "alibaba" });
		// An older email thread, answered, captured afterwards: the inquiry still waits.
		await captureThread(
			token,
			threadCapture("gmail", "t-old", [
				{ ...buyerAsks, date: "2026-11-01T08:00:00.000Z" },
				{ ...weReply, date: "2026-11-01T09:00:00.000Z" },
			]),
		);
		expect((await synced(token, customer.id))?.awaitingReply).toEqual({
			since: newer.date,
			source: "alibaba",
		});
	});

	it("an inquiry answered on the platform (our reply known without its words) waits for nobody; the summary keeps the buyer's words", async () => {
		const { token } = await createTeam();
		const answered: Message = { ...weReply, body: "" };
		const customer = await captureThread(token, threadCapture("alibaba", "inq-10", [buyerAsks, answered]));
		expect(customer.awaitingReply).toBeNull();
		const { results: rows } = await env.DB.prepare(
			"SELECT summary, direction FROM interactions WHERE customer_id = ?",
		)
			.bind(customer.id)
			.all();
		expect(rows).toEqual([{ summary: "Please quote FOB Ningbo", direction: "outbound" }]);
	});

	it("a colleague's restricted customer never says who waits", async () => {
		const team = await createTeam();
		const owner = await addMember(team.token, "sales");
		const colleague = await addMember(team.token, "sales");
		const customer = await captureThread(owner.token, threadCapture("gmail", "t-2", [buyerAsks]));
		const seen = await synced(colleague.token, customer.id);
		expect(seen?.restricted).toBe(true);
		expect(seen?.awaitingReply).toBeNull();
		expect((await synced(owner.token, customer.id))?.awaitingReply).toEqual({
			since: buyerAsks.date,
			source: "gmail",
		});
	});
});
