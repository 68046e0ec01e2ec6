import { Hono } from "hono";
import { z } from "zod";
import { emailAddress } from "../../shared/schema/common";
import { requireRole } from "../auth/authenticate";
import type { AppEnv } from "../env";
import { exportPerson } from "../erasure/person-export";
import { validate } from "../http/validate";

/** GET /v1/people/export?email=…: everything held about one person, as JSON (admins only). */
export const exportRoutes = new Hono<AppEnv>().get(
	"/export",
	requireRole("admin"),
	validate("query", z.object({ email: emailAddress() })),
	async (c) => {
		const { db, auth } = c.var;
		const body = await exportPerson(db, auth.teamId, c.req.valid("query").email);
		c.header("Content-Disposition", `attachment; filename="tierline-export.json"`);
		return c.json(body);
	},
);
