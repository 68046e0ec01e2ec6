import type { Db } from "./client";
import { auditLog } from "./schema";

export interface AuditEntry {
	teamId: string;
	/** The member who did it; null for the operator (team creation). */
	actorId: string | null;
	/** "<entity>.<verb>", e.g. "customer.update", "member.create". */
	action: string;
	entity: string;
	entityId: string | null;
	before?: unknown;
	after?: unknown;
	at: string;
}

/** The audit row for a write; put it in the same batch as the write so both happen or neither. */
export function auditStatement(db: Db, entry: AuditEntry) {
	return db.insert(auditLog).values({
		teamId: entry.teamId,
		actorId: entry.actorId,
		action: entry.action,
		entity: entry.entity,
		entityId: entry.entityId,
		before: entry.before === undefined ? null : JSON.stringify(entry.before),
		after: entry.after === undefined ? null : JSON.stringify(entry.after),
		at: entry.at,
	});
}
