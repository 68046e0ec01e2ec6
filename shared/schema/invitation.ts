import { z } from "zod";
import { emailAddress, roleSchema } from "./common";
import { LIMITS } from "./limits";
import { memberSchema, teamSchema } from "./team";

/** Days an invitation's one-time code stays valid. */
export const INVITATION_DAYS = 7;

export const createInvitationSchema = z
	.object({
		name: z.string().trim().min(1).max(LIMITS.name),
		email: emailAddress(),
		role: roleSchema,
	})
	.strict();
export type CreateInvitation = z.infer<typeof createInvitationSchema>;

export const acceptInvitationSchema = z.object({ code: z.string().trim().min(1).max(200) }).strict();

export const createInvitationResponseSchema = z.object({
	id: z.string(),
	code: z.string(),
	/** The message to send the invitee (WeChat, mail): the API URL and the code, in English and Chinese. */
	text: z.string(),
	expiresAt: z.string(),
});
export type CreateInvitationResponse = z.infer<typeof createInvitationResponseSchema>;

export const invitationStatusSchema = z.enum(["pending", "accepted", "expired", "revoked"]);
export type InvitationStatus = z.infer<typeof invitationStatusSchema>;

/** An invitation as listed: never its code, which is shown once. */
export const invitationSchema = z.object({
	id: z.string(),
	name: z.string(),
	email: z.string(),
	role: roleSchema,
	status: invitationStatusSchema,
	invitedBy: z.string(),
	createdAt: z.string(),
	expiresAt: z.string(),
	acceptedAt: z.string().nullable(),
	memberId: z.string().nullable(),
	revokedAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof invitationSchema>;
export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

export const acceptInvitationResponseSchema = z.object({
	token: z.string(),
	member: memberSchema,
	team: teamSchema,
});
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;

/** The code's shape: "tlinv_" + base64url. */
export const INVITATION_CODE = /\btlinv_[A-Za-z0-9_-]{20,}/;

/**
 * The API URL and code in an invitation's text as pasted (surrounding chat text, line breaks and
 * full-width punctuation around them are fine); null when either is missing.
 */
export function parseInvitationText(text: string): { apiUrl: string; code: string } | null {
	const code = INVITATION_CODE.exec(text)?.[0];
	const url = /https?:\/\/[^\s"'<>，。）)]+/.exec(text)?.[0];
	if (!code || !url) return null;
	return { apiUrl: url.replace(/[.,;:]+$/, ""), code };
}
