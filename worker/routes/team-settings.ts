import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { teamDefaultCountryInputSchema, teamVisibilityInputSchema } from "../../shared/schema/team";
import { requireRole } from "../auth/authenticate";
import { auditStatement } from "../db/audit";
import { runBatch } from "../db/guards";
import { nowIso } from "../db/ids";
import { teams } from "../db/schema";
import type { AppEnv } from "../env";
import { json } from "../http/validate";

type Auth = AppEnv["Variables"]["auth"];
type Setting = "visibility" | "defaultCountry";

/** One team setting changed, with its audit entry, in one batch. */
async function changeTeamSetting<K extends Setting>(
	db: AppEnv["Variables"]["db"],
	auth: Auth,
	key: K,
	value: Auth["team"][K],
	action: string,
): Promise<void> {
	await runBatch(db, [
		db
			.update(teams)
			.set({ [key]: value })
			.where(eq(teams.id, auth.teamId)),
		auditStatement(db, {
			teamId: auth.teamId,
			actorId: auth.member.id,
			action,
			entity: "team",
			entityId: auth.teamId,
			before: { [key]: auth.team[key] },
			after: { [key]: value },
			at: nowIso(),
		}),
	]);
}

/**
 * /v1/team/visibility: who sees a customer in full (customers/visibility.ts). Every member reads
 * it; admins change it.
 */
export const teamVisibilityRoutes = new Hono<AppEnv>()
	.get("/", (c) => c.json({ visibility: c.var.auth.team.visibility }))
	.put("/", requireRole("admin"), ...json(teamVisibilityInputSchema), async (c) => {
		const { visibility } = c.req.valid("json");
		await changeTeamSetting(c.var.db, c.var.auth, "visibility", visibility, "team.visibility");
		return c.json({ visibility });
	});

/**
 * /v1/team/default-country: the country phones written without a country code are read in when
 * nothing about the contact implies one. Every member reads it (the extension reads signatures
 * with it); admins change it.
 */
export const teamDefaultCountryRoutes = new Hono<AppEnv>()
	.get("/", (c) => c.json({ defaultCountry: c.var.auth.team.defaultCountry }))
	.put("/", requireRole("admin"), ...json(teamDefaultCountryInputSchema), async (c) => {
		const { defaultCountry } = c.req.valid("json");
		await changeTeamSetting(c.var.db, c.var.auth, "defaultCountry", defaultCountry, "team.default_country");
		return c.json({ defaultCountry });
	});
