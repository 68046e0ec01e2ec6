import { describe, expect, it } from "vitest";
import { OWN_UI_ATTRIBUTE as SITES_OWN_UI } from "../sites/gmail/text";
import { attachOnce, HostRegistry } from "./attach-once";
import { OWN_UI_ATTRIBUTE, shadowRootOf } from "./shadow-host";
import { setBody } from "./test-dom";

describe("attachOnce", () => {
	it("attaches one shadow host per anchor and key, however often it runs", () => {
		setBody('<div><span id="who">Ann</span><b>x</b></div>');
		const anchor = document.getElementById("who") as Element;
		const registry = new HostRegistry();
		const first = attachOnce(anchor, "badge", "after", registry);
		const again = attachOnce(anchor, "badge", "after", registry);
		const other = attachOnce(anchor, "button", "after", registry);
		expect(first.created).toBe(true);
		expect(again.created).toBe(false);
		expect(again.host).toBe(first.host);
		expect(other.host).not.toBe(first.host);
		expect(attachOnce(anchor, "badge", "after", registry).host).toBe(first.host);
		expect(first.host.shadowRoot).toBeNull(); // closed: no page script can reach it
		expect(shadowRootOf(first.host)).toBe(first.root);
		expect(anchor.parentElement?.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)).toHaveLength(2);
		const inside = attachOnce(anchor, "badge", "append", registry);
		expect(attachOnce(anchor, "badge", "append", registry).host).toBe(inside.host);
	});

	it("removes every host when the extension goes away", () => {
		setBody('<p id="a">A</p><p id="b">B</p>');
		const registry = new HostRegistry();
		for (const id of ["a", "b"])
			attachOnce(document.getElementById(id) as Element, "badge", "after", registry);
		expect(document.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)).toHaveLength(2);
		registry.removeAll();
		expect(document.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)).toHaveLength(0);
		expect(document.body.textContent).toBe("AB");
	});

	it("the driver's text reader skips the same hosts", () => {
		expect(SITES_OWN_UI).toBe(OWN_UI_ATTRIBUTE);
	});
});
