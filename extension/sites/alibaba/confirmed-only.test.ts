import { describe, expect, it } from "vitest";
import type { PageCapture } from "../../../shared/schema/page-capture";
import { confirmedOnly } from "./confirmed-only";

const page: PageCapture = {
	site: "alibaba",
	url: "https://message.alibaba.com/message/maDetail.htm?imInquiryId=1",
	pageKind: "inquiry-detail",
	contacts: [
		{
			role: "buyer",
			name: "Ahmed Khalil Al Nuaimi",
			country: "AE",
			phones: ["+971501234567"],
			buyerId: "ae1",
			masked: { email: "a***@alnoor-trading.ae" },
			sources: {
				name: "attribute",
				country: "text",
				phones: "text",
				buyerId: "attribute",
				"masked.email": "label",
			},
		},
	],
	thread: {
		kind: "inquiry",
		id: "inquiry:1",
		subject: "PPR pipes",
		messages: [
			{
				id: "inquiry:1#1",
				to: [],
				cc: [],
				date: "2026-11-22T08:15:00.000Z",
				body: "Dear Sir/Madam",
				quoted: "",
				signature: "",
				collapsed: false,
			},
		],
		participants: [],
	},
	rows: [],
	signals: {
		inquiry: { quantity: 12000, targetPrice: 0.85, incoterm: "CIF" },
		platform: { verifiedBuyer: true },
	},
	unconfirmed: [
		"contacts.0.country",
		"contacts.0.phones",
		"thread.subject",
		"thread.messages.0.body",
		"signals.inquiry.targetPrice",
		"signals.inquiry.incoterm",
	],
};

describe("the confirmed part of a capture", () => {
	it("leaves out every unconfirmed field and keeps the rest", () => {
		const kept = confirmedOnly(page);
		expect(kept.unconfirmed).toEqual([]);
		expect(kept.contacts[0]).toEqual({
			role: "buyer",
			name: "Ahmed Khalil Al Nuaimi",
			phones: [],
			buyerId: "ae1",
			masked: { email: "a***@alnoor-trading.ae" },
			sources: { name: "attribute", buyerId: "attribute", "masked.email": "label" },
		});
		expect(kept.thread).toEqual({ kind: "inquiry", id: "inquiry:1", messages: [], participants: [] });
		expect(kept.signals).toEqual({ inquiry: { quantity: 12000 }, platform: { verifiedBuyer: true } });
	});

	it("drops only the date of a message whose body is sure", () => {
		const kept = confirmedOnly({ ...page, unconfirmed: ["thread.messages.0.date"] });
		expect(kept.thread?.messages[0]?.body).toBe("Dear Sir/Madam");
		expect(kept.thread?.messages[0]?.date).toBeUndefined();
	});

	it("is the capture itself when nothing is unconfirmed", () => {
		const sure = { ...page, unconfirmed: [] };
		expect(confirmedOnly(sure)).toBe(sure);
	});
});
