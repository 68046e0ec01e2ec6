import { z } from "zod";
import { countryCode } from "../normalize/country";
import { emailAddress, requiredName, roleSchema, text } from "./common";
import { LIMITS } from "./limits";

const personSchema = z.object({
	name: requiredName(LIMITS.name),
	email: emailAddress(),
});

export const createTeamSchema = z.object({
	name: requiredName(LIMITS.name),
	admin: personSchema,
});
export const createMemberSchema = personSchema.extend({ role: roleSchema.default("sales") });
export const updateMemberSchema = z.object({ role: roleSchema.optional(), active: z.boolean().optional() });
/** A member holds at most this many live tokens (issuing more answers 409: revoke one first). */
export const MAX_LIVE_TOKENS_PER_MEMBER = 10;

export const createTokenSchema = z.object({
	memberId: z.string().min(1).max(64).optional(),
	label: text(100),
	/** Optional lifetime: the token answers 401 after this many days. */
	expiresInDays: z.number().int().min(1).max(3650).optional(),
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

/**
 * "owner" (the default): a colleague's customer shows only its existence, name, owner, tier and pool
 * state; its contacts, threads, orders, notes and explanation are for the owner, managers and admins.
 * "team": every member sees every customer in full.
 */
export const teamVisibilitySchema = z.enum(["owner", "team"]);
export type TeamVisibility = z.infer<typeof teamVisibilitySchema>;
export const teamVisibilityInputSchema = z.object({ visibility: teamVisibilitySchema }).strict();

/**
 * The team's home market: a phone written without a country code is read in this country when
 * nothing about the contact (its address, another number, the sender's domain) implies one.
 * ISO 3166-1 alpha-2, or null for none (such numbers are then kept as written).
 */
export const teamDefaultCountrySchema = z
	.string()
	.trim()
	.toUpperCase()
	.refine((code) => countryCode(code) === code && code.length === 2, {
		message: "Use a two-letter ISO 3166-1 country code, e.g. CN",
	});
export const teamDefaultCountryInputSchema = z
	.object({ defaultCountry: teamDefaultCountrySchema.nullable() })
	.strict();

export const teamDefaultCountryAnswerSchema = z.object({ defaultCountry: z.string().nullable() });

export const teamSchema = z.object({
	id: z.string(),
	name: z.string(),
	createdAt: z.string(),
	visibility: teamVisibilitySchema.optional(),
	defaultCountry: z.string().nullable().optional(),
});
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
	expiresAt: z.string().nullable().optional(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const createTokenResponseSchema = apiTokenSchema.extend({ token: z.string() });
export type CreateTokenResponse = z.infer<typeof createTokenResponseSchema>;
