import { Hono } from "hono";
import type { Me } from "../../shared/schema/team";
import type { AppEnv } from "../env";

/** GET /v1/me: whose token this is, and their team. */
export const meRoutes = new Hono<AppEnv>().get("/", (c) => {
	const { team, member } = c.var.auth;
	const me: Me = { team, member };
	return c.json(me);
});
