import { Hono } from "hono";

const app = new Hono<{ Bindings: { DB: D1Database } }>().get("/v1/health", async (c) => {
	const row = await c.env.DB.prepare("select 1 as ok").first<{ ok: number }>();
	return c.json({ ok: row?.ok === 1 });
});

export default app;
