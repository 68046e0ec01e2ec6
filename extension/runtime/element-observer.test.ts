import { afterEach, describe, expect, it } from "vitest";
import { ElementObserver } from "./element-observer";
import { createShadowHost } from "./shadow-host";
import { setBody } from "./test-dom";

const rows = (root: ParentNode): Element[] => {
	if (root.nodeType === 1 && (root as Element).matches("tr.row")) return [root as Element];
	const around = root.nodeType === 1 ? (root as Element).closest("tr.row") : null;
	return around ? [around] : [...root.querySelectorAll("tr.row")];
};
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("ElementObserver", () => {
	const errors: unknown[] = [];
	let observer: ElementObserver;
	afterEach(() => {
		observer.disconnect();
		document.body.replaceChildren();
		errors.length = 0;
	});

	function setup() {
		setBody('<table><tbody><tr class="row" id="a"><td>A</td></tr></tbody></table>');
		observer = new ElementObserver(document, (error) => errors.push(error));
		const seen: string[] = [];
		const controller = new AbortController();
		observer.watch(rows, (row) => seen.push(row.id), controller.signal);
		return { seen, controller, tbody: document.querySelector("tbody") as HTMLElement };
	}

	it("reports what is already there, then each added row", async () => {
		const { seen, tbody } = setup();
		expect(seen).toEqual(["a"]);
		const row = document.createElement("tr");
		row.className = "row";
		row.id = "b";
		tbody.append(row);
		await flush();
		expect(seen).toEqual(["a", "b"]);
	});

	it("reports the row around re-rendered content", async () => {
		const { seen } = setup();
		document.querySelector("#a td")?.append(document.createElement("span"));
		await flush();
		expect(seen).toEqual(["a", "a"]);
	});

	it("does no work while the page is idle, and none for our own UI", async () => {
		const { seen } = setup();
		await flush();
		expect(observer.stats).toEqual({ batches: 0, finderRuns: 1, ownOnly: 0 });
		document.querySelector("#a td")?.append(createShadowHost(document, "test").host);
		await flush();
		expect(observer.stats).toEqual({ batches: 0, finderRuns: 1, ownOnly: 1 });
		expect(seen).toEqual(["a"]);
	});

	it("stops calling back once the signal aborts, and isolates a throwing callback", async () => {
		const { seen, controller, tbody } = setup();
		controller.abort();
		tbody.append(Object.assign(document.createElement("tr"), { className: "row", id: "c" }));
		await flush();
		expect(seen).toEqual(["a"]);
		const failing = new AbortController();
		observer.watch(
			rows,
			() => {
				throw new Error("feature bug");
			},
			failing.signal,
		);
		expect(errors).toHaveLength(2); // one per row, each isolated
	});
});
