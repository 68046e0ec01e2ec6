import { Hono } from "hono";
import type { AppEnv } from "../env";

/** GET /v1/health: the API is up and D1 answers. No token needed. */
export const health = new Hono<AppEnv>().get("/", async (c) => {
	const row = await c.env.DB.prepare("select 1 as ok").first<{ ok: number }>();
	return c.json({ ok: row?.ok === 1 });
});
