import type { ApiToken, Member } from "../../shared/schema/team";
import type { apiTokens, members } from "../db/schema";

export function memberJson(row: typeof members.$inferSelect): Member {
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		role: row.role,
		active: row.active,
		createdAt: row.createdAt,
	};
}

export function tokenJson(row: typeof apiTokens.$inferSelect): ApiToken {
	return {
		id: row.id,
		memberId: row.memberId,
		label: row.label,
		createdAt: row.createdAt,
		lastUsedAt: row.lastUsedAt,
		revokedAt: row.revokedAt,
		expiresAt: row.expiresAt,
	};
}
