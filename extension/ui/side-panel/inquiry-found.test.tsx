import "fake-indexeddb/auto";
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { parseEml } from "../../../shared/email/parse-eml";
import { setLocale } from "../../i18n";
import { openDb } from "../../store/db";
import { Panel, type PanelContext } from "./context";
import { PageSummary } from "./page-view";

const panel: PanelContext = {
	db: openDb("inquiry-found-test"),
	api: () => Promise.reject(new Error("not configured")),
	me: null,
	navigate: () => {},
	syncNow: () => Promise.resolve(),
	openSettings: () => {},
};

const EMAIL = [
	"From: Zhang <zhang@huaxin-import.com.hk>",
	"To: lin.wei@demo-trading.cn",
	"Subject: 询价",
	"Message-ID: <q1@huaxin-import.com.hk>",
	"Content-Type: text/plain; charset=utf-8",
	"",
	"我们需要 3000 套，请报 FOB 深圳价格，目标价 USD 12，并寄两套样品。<b>x</b>",
	"",
].join("\r\n");

let root: HTMLElement | null = null;
afterEach(() => {
	if (root) render(null, root);
	root?.remove();
	setLocale("en");
});

async function show(locale: "en" | "zh_CN") {
	setLocale(locale);
	const capture = await parseEml(new TextEncoder().encode(EMAIL));
	root = document.createElement("div");
	document.body.append(root);
	const into = root;
	act(() => {
		render(
			<Panel.Provider value={panel}>
				<PageSummary capture={capture} />
			</Panel.Provider>,
			into,
		);
	});
	return into.querySelector("[data-testid=inquiry-found]");
}

describe("the panel shows the inquiry an email's words make, with the words found", () => {
	it("in English", async () => {
		const found = await show("en");
		expect(found?.textContent).toContain("Inquiry quality 80/100");
		expect(found?.textContent).toContain("3,000 sets");
		expect(found?.textContent).toContain("FOB 深圳");
		expect(found?.textContent).toContain("sample requested");
		expect([...(found?.querySelectorAll("q") ?? [])].map((q) => q.textContent)).toEqual([
			"3000 套",
			"目标价 USD 12",
			"样品",
			"FOB 深圳",
		]);
		// Page words are text, never markup.
		expect(found?.querySelector("b")).toBeNull();
	});

	it("in Chinese", async () => {
		const found = await show("zh_CN");
		expect(found?.textContent).toContain("询盘质量 80/100");
		expect(found?.textContent).toContain("索要样品");
		expect(found?.textContent).toContain("识别到的词语");
	});
});
