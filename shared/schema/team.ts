import { z } from "zod";
import { emailAddress, roleSchema, text } from "./common";
import { LIMITS } from "./limits";

const personSchema = z.object({
	name: z.string().trim().min(1).max(LIMITS.name),
	email: emailAddress(),
});

export const createTeamSchema = z.object({
	name: z.string().trim().min(1).max(LIMITS.name),
	admin: personSchema,
});
export const createMemberSchema = personSchema.extend({ role: roleSchema.default("sales") });
export const updateMemberSchema = z.object({ role: roleSchema.optional(), active: z.boolean().optional() });
export const createTokenSchema = z.object({
	memberId: z.string().min(1).max(64).optional(),
	label: text(100),
});

export const memberSchema = z.object({
	id: z.string(),
	name: z.string(),
	email: z.string(),
	role: roleSchema,
	active: z.boolean(),
	createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const teamSchema = z.object({ id: z.string(), name: z.string(), createdAt: z.string() });
export type Team = z.infer<typeof teamSchema>;

export const meSchema = z.object({ team: teamSchema, member: memberSchema });
export type Me = z.infer<typeof meSchema>;

export const createTeamResponseSchema = z.object({
	team: teamSchema,
	admin: memberSchema,
	token: z.string(),
});
export type CreateTeamResponse = z.infer<typeof createTeamResponseSchema>;

/** An API token as listed: never the token itself, which is shown once when issued. */
export const apiTokenSchema = z.object({
	id: z.string(),
	memberId: z.string(),
	label: z.string().nullable(),
	createdAt: z.string(),
	lastUsedAt: z.string().nullable(),
	revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createTokenResponseSchema = apiTokenSchema.extend({ token: z.string() });
export type CreateTokenResponse = z.infer<typeof createTokenResponseSchema>;
