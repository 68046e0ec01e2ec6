import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { LIMITS } from "../../shared/schema/limits";
import { createDb } from "../db/client";
import { QueryTimer, timedD1 } from "../db/timed-d1";
import type { AppEnv } from "../env";
import { tooLarge } from "./problem";

/**
 * Per request: a drizzle client over a timed D1 binding, and `Server-Timing: db;dur=<ms>` with
 * the sum of D1's own reported durations, so API latency can be read beside SQL time.
 */
export const requestContext = createMiddleware<AppEnv>(async (c, next) => {
	const timer = new QueryTimer();
	c.set("timer", timer);
	c.set("db", createDb(timedD1(c.env.DB, timer)));
	await next();
	c.res.headers.set(
		"Server-Timing",
		`db;dur=${timer.totalMs.toFixed(3)};desc="${timer.statements} statements"`,
	);
});

export const limitBody = bodyLimit({
	maxSize: LIMITS.bodyBytes,
	onError: () => {
		throw tooLarge(`The request body is larger than ${LIMITS.bodyBytes} bytes`);
	},
});
