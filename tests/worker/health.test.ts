import { SELF } from "cloudflare:test";
import { expect, it } from "vitest";

it("answers health", async () => {
	const res = await SELF.fetch("http://x/v1/health");
	expect(await res.json()).toEqual({ ok: true });
});
