import type { Role } from "../shared/schema/common";
import type { Db } from "./db/client";
import type { QueryTimer } from "./db/timed-d1";

export interface Bindings {
	DB: D1Database;
	/** Secret for POST /v1/teams (wrangler secret put OPERATOR_TOKEN; .dev.vars locally). */
	OPERATOR_TOKEN?: string;
	/** Requests per minute per API token; default 600, "0" turns the limit off (benchmarks). */
	RATE_LIMIT_PER_MINUTE?: string;
}

export interface AuthMember {
	id: string;
	name: string;
	email: string;
	role: Role;
	active: boolean;
	createdAt: string;
}

/** Who is calling: set by `authenticate`; every query is scoped by `teamId` from here. */
export interface AuthContext {
	teamId: string;
	team: { id: string; name: string; createdAt: string };
	member: AuthMember;
	tokenId: string;
	/** Version of the team's scoring settings (see customers/team-scoring.ts). */
	settingsVersion: number;
}

export interface AppEnv {
	Bindings: Bindings;
	Variables: {
		db: Db;
		timer: QueryTimer;
		auth: AuthContext;
	};
}
