import { describe, expect, it } from "vitest";
import threadEn from "../../../tests/fixtures/gmail/thread-en-2024.html?raw";
import threadZh from "../../../tests/fixtures/gmail/thread-zh-2024.html?raw";
import { readThreadView } from "./thread-view";

const parse = (html: string) => new DOMParser().parseFromString(html, "text/html");
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe("opened thread, English interface (thread-en-2024.html)", () => {
	const view = readThreadView(
		parse(threadEn),
		"https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
	);
	const messages = view?.thread.messages ?? [];

	it("reads the thread id from the subject's attributes, and the subject", () => {
		expect(view?.thread.id).toBe("18cf95c3ca4ccad2");
		expect(view?.thread.subject).toBe("RFQ: 5,000 insulated bottles");
		expect(view?.thread.kind).toBe("email");
		expect(view?.hiddenCount).toBe(0);
	});

	it("reads every message: id, sender, date (incl. narrow no-break space), collapsed state", () => {
		expect(messages.map((m) => [m.id, m.fromName, m.fromEmail, m.date, m.collapsed])).toEqual([
			["18cf95c3ca4ccad2", "محمد الفارسي", "m.alfarsi@gulf-trading.ae", local(2024, 0, 8, 9, 2), true],
			["18cfe593c9ebc001", "Li Na", "lina@hengda-tools.com", local(2024, 0, 9, 10, 15), false],
			["18d04086da660002", "محمد الفارسي", "m.alfarsi@gulf-trading.ae", local(2024, 0, 10, 16, 40), false],
			["18d06e0062a32003", "Jürgen Schmidt", "j.schmidt@bauhaus-import.de", local(2024, 0, 11, 8, 5), false],
		]);
	});

	it("to and cc: from the header line, or split by the details table when Gmail shows it", () => {
		expect(messages.map((m) => [m.to, m.cc])).toEqual([
			[["lina@hengda-tools.com"], []],
			[["m.alfarsi@gulf-trading.ae", "zhang.wei@hengda-tools.com"], []],
			[["lina@hengda-tools.com"], ["j.schmidt@bauhaus-import.de"]],
			[["lina@hengda-tools.com", "m.alfarsi@gulf-trading.ae"], []],
		]);
	});

	it("a collapsed message gives its snippet as the body", () => {
		expect(messages[0]?.body).toBe(
			"Dear Li Na, we are looking for 5,000 pcs of 750 ml insulated bottles. Please quote FOB…",
		);
	});

	it("separates reply, quoted history and a Gmail-marked signature", () => {
		const reply = messages[1];
		expect(reply?.body).toBe(
			"Dear Mohammed,\n\nThank you for your inquiry. Our price for the 750 ml bottle is USD 3.20/pc FOB Ningbo, MOQ 1,000 pcs.\n\nBest regards,",
		);
		expect(reply?.signature).toBe(
			"Li Na | Sales Manager\nHengda Tools Co., Ltd.\nTel: +86 574 8765 4321 | WeChat: lina_hengda",
		);
		expect(reply?.quoted).toBe(
			"On Mon, Jan 8, 2024 at 9:02 AM محمد الفارسي <m.alfarsi@gulf-trading.ae> wrote:\nDear Li Na,\nwe are looking for 5,000 pcs of 750 ml insulated bottles. Please quote FOB.",
		);
	});

	it("keeps nested quoted history (the whole chain) out of the reply", () => {
		const latest = messages[2];
		expect(latest?.body).not.toContain("USD 3.20");
		expect(latest?.quoted).toContain("USD 3.20/pc FOB Ningbo");
		expect(latest?.quoted).toContain("we are looking for 5,000 pcs");
		expect(latest?.body).toContain("Please send one sample to our Dubai office.");
	});

	it("lists participants once each, in order of appearance", () => {
		expect(view?.thread.participants).toEqual([
			"m.alfarsi@gulf-trading.ae",
			"lina@hengda-tools.com",
			"zhang.wei@hengda-tools.com",
			"j.schmidt@bauhaus-import.de",
		]);
	});

	it("points at the elements where badges and the capture button go", () => {
		expect(view?.subjectElement.tagName).toBe("H2");
		expect(view?.messages.map((m) => m.senderElement?.getAttribute("email"))).toEqual([
			"m.alfarsi@gulf-trading.ae",
			"lina@hengda-tools.com",
			"m.alfarsi@gulf-trading.ae",
			"j.schmidt@bauhaus-import.de",
		]);
	});
});

describe("opened thread, Chinese interface (thread-zh-2024.html)", () => {
	const view = readThreadView(
		parse(threadZh),
		"https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCclbqjNwRzkQv",
	);
	const messages = view?.thread.messages ?? [];

	it("reads Chinese date titles (上午, 下午, 晚上) and Chinese names", () => {
		expect(messages.map((m) => [m.fromName, m.fromEmail, m.date])).toEqual([
			["陈志明", "chen.zm@kinghome.com.tw", local(2024, 0, 2, 10, 15)],
			["李娜", "lina@hengda-tools.com", local(2024, 0, 3, 15, 5)],
			["陈志明", "chen.zm@kinghome.com.tw", local(2024, 0, 4, 21, 30)],
		]);
	});

	it("counts the messages Gmail folded away (2 封较早的邮件)", () => {
		expect(view?.hiddenCount).toBe(2);
		expect(view?.thread.id).toBe("18cc581525254064");
		expect(view?.thread.subject).toBe("询价：LED 面板灯");
	});

	it("reads 发送至我 recipients by address, whatever the label says", () => {
		expect(messages.map((m) => m.to)).toEqual([
			["lina@hengda-tools.com"],
			["chen.zm@kinghome.com.tw", "zhang.wei@hengda-tools.com"],
			["lina@hengda-tools.com"],
		]);
	});

	it("separates the Chinese signature and the quoted history", () => {
		const latest = messages[2];
		expect(latest?.body).toBe("李小姐：\n\n价格可以接受，请先寄两套样品到台北办公室。\n\n谢谢！");
		expect(latest?.signature).toBe(
			"陈志明 | 采购经理\n金家居有限公司 King Home Co., Ltd.\n电话：+886 2 2345 6789\n微信：chenzm88\n地址：台北市信义区松仁路100号\nwww.kinghome.com.tw",
		);
		expect(latest?.quoted.startsWith("李娜 <lina@hengda-tools.com> 于2024年1月3日周三 15:05写道：")).toBe(
			true,
		);
	});
});

describe("no thread open", () => {
	it("gives undefined for a list page or an empty document", () => {
		expect(
			readThreadView(
				parse("<div role=main><table></table></div>"),
				"https://mail.google.com/mail/u/0/#inbox",
			),
		).toBeUndefined();
	});
});
