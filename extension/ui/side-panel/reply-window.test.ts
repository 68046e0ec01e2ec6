import { afterEach, describe, expect, it } from "vitest";
import { setLocale } from "../../i18n";
import { replyWindowText } from "./today-view";

const NOW = Date.parse("2026-12-06T12:00:00Z");

describe("Alibaba.com's reply window in Today", () => {
	afterEach(() => setLocale("en"));

	it("says the whole hours left, the last hour, and when it closed, in English and Chinese", () => {
		setLocale("en");
		expect(replyWindowText("2026-12-07T05:30:00Z", NOW)).toBe("Alibaba.com reply window: 17 h left");
		expect(replyWindowText("2026-12-06T12:40:00Z", NOW)).toBe(
			"Alibaba.com reply window: less than an hour left",
		);
		expect(replyWindowText("2026-12-06T09:00:00Z", NOW)).toBe(
			"Alibaba.com's 24-hour reply window closed 3 hours ago",
		);
		setLocale("zh_CN");
		expect(replyWindowText("2026-12-07T05:30:00Z", NOW)).toBe("阿里巴巴回复时限：还剩 17 小时");
		expect(replyWindowText("2026-12-06T09:00:00Z", NOW)).toBe("阿里巴巴 24 小时回复时限已于3小时前结束");
	});
});
