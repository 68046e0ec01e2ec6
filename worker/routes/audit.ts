import { and, desc, eq, gte, like, lt, sql } from "drizzle-orm";
import { Hono } from "hono";
import { type AuditList, auditQuerySchema } from "../../shared/schema/audit";
import { requireRole } from "../auth/authenticate";
import { auditLog, members } from "../db/schema";
import type { AppEnv } from "../env";
import { validate } from "../http/validate";

/** The day after a YYYY-MM-DD, as YYYY-MM-DD: `at < nextDay(to)` keeps the whole of `to`. */
const nextDay = (day: string): string =>
	new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** GET /v1/audit (managers, admins): the team's writes, newest first, filterable by record, actor, action and date. */
export const auditRoutes = new Hono<AppEnv>().get(
	"/",
	requireRole("admin", "manager"),
	validate("query", auditQuerySchema),
	async (c) => {
		const { db, auth } = c.var;
		const q = c.req.valid("query");
		const rows = await db
			.select({
				entry: auditLog,
				actorName: sql<string | null>`${members.name}`.as("actor_name"),
			})
			.from(auditLog)
			.leftJoin(members, eq(members.id, auditLog.actorId))
			.where(
				and(
					eq(auditLog.teamId, auth.teamId),
					q.entity ? eq(auditLog.entity, q.entity) : undefined,
					q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
					q.actorId ? eq(auditLog.actorId, q.actorId) : undefined,
					q.action?.endsWith(".") ? like(auditLog.action, `${q.action.replace(/[%_]/g, "")}%`) : undefined,
					q.action && !q.action.endsWith(".") ? eq(auditLog.action, q.action) : undefined,
					q.from ? gte(auditLog.at, q.from) : undefined,
					q.to ? lt(auditLog.at, nextDay(q.to)) : undefined,
					q.cursor ? lt(auditLog.id, Number(q.cursor)) : undefined,
				),
			)
			.orderBy(desc(auditLog.id))
			.limit(q.limit + 1);
		const page = rows.slice(0, q.limit);
		const last = page[page.length - 1];
		const response: AuditList = {
			items: page.map(({ entry, actorName }) => ({
				id: entry.id,
				actorId: entry.actorId,
				actorName,
				action: entry.action,
				entity: entry.entity,
				entityId: entry.entityId,
				before: parse(entry.before),
				after: parse(entry.after),
				at: entry.at,
			})),
			nextCursor: rows.length > q.limit && last ? String(last.entry.id) : null,
		};
		return c.json(response);
	},
);
