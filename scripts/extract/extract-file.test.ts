import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { extractFile } from "./extract-file";

const fixtures = path.resolve(import.meta.dirname, "../../tests/fixtures/gmail");
const run = promisify(execFile);

describe("extract: saved Gmail pages with the full text tools", () => {
	it("English thread: external senders with their signature details; the member and colleagues left out", async () => {
		const capture = await extractFile(path.join(fixtures, "thread-en-2024.html"));
		expect(capture.pageKind).toBe("thread");
		expect(capture.contacts.map((c) => [c.role, c.email])).toEqual([
			["sender", "j.schmidt@bauhaus-import.de"],
			["sender", "m.alfarsi@gulf-trading.ae"],
		]);
		const [juergen, mohammed] = capture.contacts;
		expect(juergen).toMatchObject({
			name: "Jürgen Schmidt",
			title: "Head of Purchasing",
			company: "Bauhaus Import GmbH",
			phones: ["+49301234567"],
			skype: "juergen.schmidt.bi",
			country: "DE",
			website: "www.bauhaus-import.de",
		});
		expect(mohammed).toMatchObject({
			name: "محمد الفارسي",
			title: "Procurement Manager",
			company: "Gulf Trading LLC",
			whatsapp: "+971501234567",
			country: "AE",
		});
		expect(capture.unconfirmed).toContain("contacts.0.phones");
	});

	it("an unmarked signature is split from the reply by text", async () => {
		const capture = await extractFile(path.join(fixtures, "thread-en-2024.html"));
		const latest = capture.thread?.messages[2];
		expect(latest?.body).toBe(
			"Dear Li Na,\n\nThank you. Please send one sample to our Dubai office. My colleague Jürgen (cc) will handle the orders for Europe.",
		);
		expect(latest?.signature).toContain("WhatsApp: +971 50 123 4567");
	});

	it("Chinese thread: WeChat id, phone in E.164, address and country from a Chinese signature", async () => {
		const capture = await extractFile(path.join(fixtures, "thread-zh-2024.html"));
		expect(capture.contacts).toHaveLength(1);
		expect(capture.contacts[0]).toMatchObject({
			email: "chen.zm@kinghome.com.tw",
			name: "陈志明",
			title: "采购经理",
			wechat: "chenzm88",
			phones: ["+886223456789"],
			address: "台北市信义区松仁路100号",
			country: "TW",
		});
	});

	it("saved inbox: a list with its rows and external senders", async () => {
		const capture = await extractFile(path.join(fixtures, "inbox-2014-12.html"));
		expect(capture.pageKind).toBe("list");
		expect(capture.rows).toHaveLength(16);
		expect(capture.contacts.map((c) => c.email)).not.toContain("streak.web.test.1@gmail.com");
	});

	it("the CLI prints the capture as JSON, then the buyer's inquiry", async () => {
		const { stdout } = await run(
			"npx",
			["tsx", "scripts/extract.ts", path.join(fixtures, "thread-zh-2024.html")],
			{
				cwd: path.resolve(import.meta.dirname, "../.."),
			},
		);
		const [json = "", inquiry] = stdout.split(/^inquiry: /m);
		expect(JSON.parse(json)).toMatchObject({
			site: "gmail",
			pageKind: "thread",
			thread: { id: "18cc581525254064" },
		});
		expect(JSON.parse(inquiry ?? "null")).toHaveProperty("quality");
	}, 60_000);
});
