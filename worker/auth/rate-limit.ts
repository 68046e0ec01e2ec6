import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { rateLimited } from "../http/problem";
import { FixedWindows, perMinute } from "./fixed-windows";

const MEMBER_DEFAULT = 600;
const TEAM_DEFAULT = 3000;

const counts = new FixedWindows();

/**
 * Requests per minute per member (whatever number of tokens they hold) and per team (whatever
 * number of members): more tokens or more members never multiply what one caller may send.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
	const memberLimit = perMinute(c.env.RATE_LIMIT_PER_MINUTE, MEMBER_DEFAULT);
	if (memberLimit > 0) {
		const teamLimit = perMinute(c.env.RATE_LIMIT_PER_TEAM_PER_MINUTE, TEAM_DEFAULT);
		const { teamId, member } = c.var.auth;
		const wait = Math.max(
			counts.hit(`member:${member.id}`, memberLimit),
			teamLimit > 0 ? counts.hit(`team:${teamId}`, teamLimit) : 0,
		);
		if (wait > 0) throw rateLimited(wait);
	}
	await next();
});
