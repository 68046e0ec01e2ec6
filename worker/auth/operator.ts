import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { unauthorized } from "../http/problem";
import { refuseThrottledAddress, withFailedAuthCounted } from "./failed-auth";
import { bearerToken, secretsEqual } from "./tokens";

/** The operator's secret (env OPERATOR_TOKEN) gates team creation only; guesses are throttled per address. */
export const requireOperator = createMiddleware<AppEnv>(async (c, next) => {
	refuseThrottledAddress(c);
	await withFailedAuthCounted(c, async () => {
		const expected = c.env.OPERATOR_TOKEN ?? "";
		const given = bearerToken(c.req.header("Authorization"));
		if (expected === "" || given === null || !(await secretsEqual(given, expected))) {
			throw unauthorized("The operator token is required to create teams");
		}
	});
	await next();
});
