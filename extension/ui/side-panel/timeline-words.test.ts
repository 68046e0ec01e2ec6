import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../i18n";
import { timelineWords } from "./timeline-words";

afterEach(() => setLocale("en"));

describe("timeline words in the UI language", () => {
	it("source, kind and direction", () => {
		const item = { source: "gmail", kind: "email", direction: "inbound" };
		setLocale("zh_CN");
		expect(timelineWords(item)).toBe("Gmail · 邮件 · 收到");
		expect(timelineWords({ source: "alibaba", kind: "inquiry", direction: null })).toBe(
			"阿里巴巴国际站 · 询盘",
		);
		setLocale("en");
		expect(timelineWords({ source: "manual", kind: "note", direction: null })).toBe("entered by hand · note");
	});

	it("unknown values are shown as stored", () => {
		expect(timelineWords({ source: "whatsapp", kind: "call", direction: null })).toBe("whatsapp · call");
	});
});
