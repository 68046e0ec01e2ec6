import { Hono } from "hono";
import { createTeamSchema } from "../../shared/schema/team";
import { defaultScoringSettings } from "../../shared/scoring/settings";
import { requireOperator } from "../auth/operator";
import { newApiToken, sha256Hex } from "../auth/tokens";
import { auditStatement } from "../db/audit";
import { runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { apiTokens, members, scoringSettings, teams } from "../db/schema";
import type { AppEnv } from "../env";
import { json } from "../http/validate";
import { memberJson } from "./serialize";

/** POST /v1/teams (operator token): a team, its admin, default scoring settings and the admin's token. */
export const teamsRoutes = new Hono<AppEnv>().post(
	"/",
	requireOperator,
	...json(createTeamSchema),
	async (c) => {
		const input = c.req.valid("json");
		const db = c.var.db;
		const at = nowIso();
		const team = { id: newId("team"), name: input.name, syncCounter: 0, createdAt: at };
		const admin = {
			id: newId("mem"),
			teamId: team.id,
			name: input.admin.name,
			email: input.admin.email.trim().toLowerCase(),
			role: "admin" as const,
			active: true,
			createdAt: at,
		};
		const token = newApiToken();
		const tokenRow = {
			id: newId("tok"),
			teamId: team.id,
			memberId: admin.id,
			tokenHash: await sha256Hex(token),
			label: "admin (team created)",
			createdAt: at,
		};
		const audit = { teamId: team.id, actorId: null, at };
		await runBatch(db, [
			db.insert(teams).values(team),
			db.insert(members).values(admin),
			db.insert(apiTokens).values(tokenRow),
			db.insert(scoringSettings).values({
				teamId: team.id,
				version: 1,
				settings: JSON.stringify(defaultScoringSettings),
				updatedAt: at,
			}),
			auditStatement(db, {
				...audit,
				action: "team.create",
				entity: "team",
				entityId: team.id,
				after: { name: team.name },
			}),
			auditStatement(db, {
				...audit,
				action: "member.create",
				entity: "member",
				entityId: admin.id,
				after: memberJson(admin),
			}),
			auditStatement(db, {
				...audit,
				action: "token.create",
				entity: "token",
				entityId: tokenRow.id,
				after: { memberId: admin.id, label: tokenRow.label },
			}),
		]);
		return c.json(
			{
				team: { id: team.id, name: team.name, createdAt: at, visibility: "owner", defaultCountry: null },
				admin: memberJson(admin),
				token,
			},
			201,
		);
	},
);
