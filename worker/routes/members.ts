import { and, asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { createMemberSchema, updateMemberSchema } from "../../shared/schema/team";
import { requireRole } from "../auth/authenticate";
import { auditStatement } from "../db/audit";
import { isUniqueViolation, runBatch } from "../db/guards";
import { newId, nowIso } from "../db/ids";
import { members } from "../db/schema";
import type { AppEnv } from "../env";
import { conflict, notFound } from "../http/problem";
import { json, validate } from "../http/validate";
import { memberJson } from "./serialize";
import { MEMBER_GUARDS, updateMember } from "./update-member";

const idParam = z.object({ id: z.string().min(1).max(64) });

/**
 * /v1/members: every member may list the team (to pick whom to hand a customer to);
 * only admins add members, change roles and deactivate.
 */
export const membersRoutes = new Hono<AppEnv>()
	.get("/", async (c) => {
		const rows = await c.var.db
			.select()
			.from(members)
			.where(eq(members.teamId, c.var.auth.teamId))
			.orderBy(asc(members.name), asc(members.id));
		return c.json({ items: rows.map(memberJson) });
	})
	.post("/", requireRole("admin"), ...json(createMemberSchema), async (c) => {
		const input = c.req.valid("json");
		const { db, auth } = c.var;
		const at = nowIso();
		const member = {
			id: newId("mem"),
			teamId: auth.teamId,
			name: input.name,
			email: input.email.trim().toLowerCase(),
			role: input.role,
			active: true,
			createdAt: at,
		};
		try {
			await runBatch(db, [
				db.insert(members).values(member),
				auditStatement(db, {
					teamId: auth.teamId,
					actorId: auth.member.id,
					action: "member.create",
					entity: "member",
					entityId: member.id,
					after: memberJson(member),
					at,
				}),
			]);
		} catch (error) {
			if (isUniqueViolation(error, "members"))
				throw conflict("A member with this email is already in the team");
			throw error;
		}
		return c.json(memberJson(member), 201);
	})
	.patch("/:id", requireRole("admin"), validate("param", idParam), ...json(updateMemberSchema), async (c) => {
		const { id } = c.req.valid("param");
		const input = c.req.valid("json");
		const { db, auth } = c.var;
		const where = and(eq(members.teamId, auth.teamId), eq(members.id, id));
		const before = await db.select().from(members).where(where).get();
		if (!before) throw notFound("The member");
		const set = definedOnly(input);
		// Nothing to change (an empty body): answer the member as it is, no write and no audit entry.
		if (Object.keys(set).length === 0) return c.json(memberJson(before));
		const after = { ...before, ...set };
		await runBatch(
			db,
			updateMember(db, before, set, { actorId: auth.member.id, at: nowIso() }),
			MEMBER_GUARDS,
		);
		return c.json(memberJson(after));
	});

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
