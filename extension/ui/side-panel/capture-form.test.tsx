import "fake-indexeddb/auto";
import { type ComponentChild, render as renderInto } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ContactDraft, emptyDraft } from "../../../shared/capture/capture-request";
import { setLocale } from "../../i18n";
import { openDb } from "../../store/db";
import { CaptureForm } from "./capture-form";
import { Panel, type PanelContext } from "./context";

const panel: PanelContext = {
	db: openDb("capture-form-test"),
	api: () => Promise.reject(new Error("not configured")),
	me: null,
	navigate: () => {},
	syncNow: () => Promise.resolve(),
	openSettings: () => {},
};

let root: HTMLElement;
beforeEach(() => {
	root = document.createElement("div");
	document.body.append(root);
});
afterEach(() => {
	renderInto(null, root);
	root.remove();
	setLocale("en");
});

function show(draft: ContactDraft, unconfirmed: Array<keyof ContactDraft> = []) {
	act(() => {
		render(
			<Panel.Provider value={panel}>
				<CaptureForm page={null} draft={draft} unconfirmed={unconfirmed} />
			</Panel.Provider>,
		);
	});
}
const render = (node: ComponentChild) => renderInto(node, root);
const visibleFields = () =>
	[...root.querySelectorAll<HTMLInputElement>("input")]
		.filter((input) => !input.closest("[hidden]"))
		.map((input) => input.name);
const toggle = () => root.querySelector<HTMLButtonElement>("button.more-fields");
const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name=${name}]`)!;

describe("CaptureForm", () => {
	const draft = { ...emptyDraft(), name: "Omar Haddad", phone: "+971501234567", country: "AE" };

	it("shows the filled and unconfirmed fields, and the empty optional ones behind a toggle", () => {
		show(draft, ["title"]);
		expect(visibleFields()).toEqual(["name", "email", "company", "title", "phone", "country"]);
		const button = toggle()!;
		expect(button.type).toBe("button");
		expect(button.textContent).toBe("More fields (6)");
		expect(button.getAttribute("aria-expanded")).toBe("false");
		expect(
			root.querySelector<HTMLElement>(`#${CSS.escape(button.getAttribute("aria-controls")!)}`)?.hidden,
		).toBe(true);

		act(() => button.click());
		expect(button.getAttribute("aria-expanded")).toBe("true");
		expect(button.textContent).toBe("Fewer fields");
		expect(visibleFields()).toEqual([
			"name",
			"email",
			"company",
			"title",
			"phone",
			"country",
			"whatsapp",
			"wechat",
			"skype",
			"buyerId",
			"website",
			"address",
		]);
	});

	it("keeps a tucked-away field in view once it has a value", () => {
		show(draft);
		act(() => toggle()!.click());
		const website = input("website");
		act(() => {
			website.value = "https://gulf-imports.ae";
			website.dispatchEvent(new Event("input", { bubbles: true }));
		});
		expect(toggle()).toBeNull();
		expect(visibleFields()).toContain("website");
	});

	it("names the country in the UI language while the field keeps the ISO code", () => {
		show(draft);
		expect(input("country").value).toBe("AE");
		expect(root.querySelector("[data-testid=country-name]")?.textContent).toBe("United Arab Emirates");
		render(null);
		setLocale("zh_CN");
		show(draft);
		expect(root.querySelector("[data-testid=country-name]")?.textContent).toBe("阿拉伯联合酋长国");
		expect(toggle()?.textContent).toBe("更多字段（7）");
	});

	it("adds no name for text that is not a code, and no toggle when nothing is tucked away", () => {
		const full = Object.fromEntries(
			Object.keys(emptyDraft()).map((k) => [k, "x"]),
		) as unknown as ContactDraft;
		show({ ...full, country: "Deutschland" });
		expect(root.querySelector("[data-testid=country-name]")).toBeNull();
		expect(toggle()).toBeNull();
	});
});
