import { describe, expect, it } from "vitest";
import { buildCaptureRequest, draftFromContact } from "../../shared/capture/capture-request";
import type { PageCapture } from "../../shared/schema/page-capture";
import { capture, createTeam, expectProblem } from "./support";

/** An email the way parseEml gives it: one message from the buyer, the reply part only. */
function email(from: string, body: string): PageCapture {
	return {
		site: "eml",
		url: `mid:${from}`,
		pageKind: "message",
		contacts: [{ role: "sender", email: from, phones: [], masked: {}, sources: {} }],
		thread: {
			kind: "email",
			id: `<${from}>`,
			messages: [
				{
					id: `<${from}>`,
					fromEmail: from,
					to: [],
					cc: [],
					body,
					quoted: "",
					signature: "",
					collapsed: false,
				},
			],
			participants: [from],
		},
		rows: [],
		unconfirmed: [],
	};
}

const requestOf = (page: PageCapture) => buildCaptureRequest(page, draftFromContact(page.contacts[0]!));

describe("inquiry quality from email, through the capture path", () => {
	it("an English and a Chinese inquiry score a higher potential than ordinary mail", async () => {
		const { token } = await createTeam();
		const potential = async (page: PageCapture) => {
			const res = await capture(token, requestOf(page));
			expect(res.status).toBeLessThan(300);
			const body = (await res.json()) as { customer: { potentialValue: number } };
			return body.customer.potentialValue;
		};
		const plain = await potential(email("anna@nordic-home.se", "Thanks for the call, talk next week."));
		const english = await potential(
			email(
				"mike@lakeshore-supply.com",
				"We need 5,000 pcs, quote FOB Ningbo, target price USD 8.50/pc, delivery before January 31.",
			),
		);
		const chinese = await potential(
			email("zhang@huaxin-import.com.hk", "我们需要 3000 套，请报 FOB 深圳价格，并寄两套样品。"),
		);
		expect(english).toBeGreaterThan(plain);
		expect(chinese).toBeGreaterThan(plain);
	});

	it("a malformed delivery date is refused at its path", async () => {
		const { token } = await createTeam();
		const request = {
			...requestOf(email("x@y-trading.com", "Hello")),
			signals: { inquiry: { deliveryBy: "soon" } },
		};
		const problem = await expectProblem(await capture(token, request), 422);
		expect(JSON.stringify(problem)).toContain("deliveryBy");
	});
});
