import type { Invitation, InvitationStatus } from "../../shared/schema/invitation";
import type { invitations } from "../db/schema";

type InvitationRow = typeof invitations.$inferSelect;

/** Where an invitation stands at `now`: accepted and revoked are final; a pending code past its date is expired. */
export function invitationStatus(row: InvitationRow, now: string): InvitationStatus {
	if (row.acceptedAt !== null) return "accepted";
	if (row.revokedAt !== null) return "revoked";
	return row.expiresAt <= now ? "expired" : "pending";
}

export function invitationJson(row: InvitationRow, now: string): Invitation {
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		role: row.role,
		status: invitationStatus(row, now),
		invitedBy: row.invitedBy,
		createdAt: row.createdAt,
		expiresAt: row.expiresAt,
		acceptedAt: row.acceptedAt,
		memberId: row.memberId,
		revokedAt: row.revokedAt,
	};
}
