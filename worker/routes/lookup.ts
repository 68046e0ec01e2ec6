import { Hono } from "hono";
import { type LookupResponse, lookupRequestSchema } from "../../shared/schema/lookup";
import { lookup } from "../customers/lookup";
import { labeller, teamSettings } from "../customers/team-scoring";
import { matchShownTo, viewerOf } from "../customers/visibility";
import type { AppEnv } from "../env";
import { json } from "../http/validate";

/** POST /v1/lookup: which of these emails, domains and buyer ids are the team's customers. */
export const lookupRoutes = new Hono<AppEnv>().post("/", ...json(lookupRequestSchema), async (c) => {
	const { db, auth } = c.var;
	const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
	const viewer = viewerOf(auth);
	const found = await lookup(db, auth.teamId, c.req.valid("json"), labelOf);
	const matches = Object.fromEntries(
		Object.entries(found).map(([key, match]) => [key, matchShownTo(viewer, match)]),
	);
	const response: LookupResponse = { matches };
	return c.json(response);
});
