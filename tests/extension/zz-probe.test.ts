import { it } from "vitest";
import { FIXTURES } from "../fixtures/alibaba";
import { extractFixture } from "../fixtures/alibaba/extract-support";
it("probe", () => {
	for (const f of FIXTURES) {
		const out = extractFixture(f);
		console.log("=====", f.file, JSON.stringify({ capture: out.capture, rows: out.rows.map((r) => ({ name: r.nameElement?.textContent, c: r.capture })) }, null, 1));
	}
});
