import type { Role } from "../shared/schema/common";
import type { TeamVisibility } from "../shared/schema/team";
import type { Db } from "./db/client";
import type { QueryTimer } from "./db/timed-d1";

export interface Bindings {
	DB: D1Database;
	/** Secret for POST /v1/teams (wrangler secret put OPERATOR_TOKEN; .dev.vars locally). */
	OPERATOR_TOKEN?: string;
	/** Requests per minute per member (all their tokens together); default 600, "0" turns the limits off (benchmarks). */
	RATE_LIMIT_PER_MINUTE?: string;
	/** Requests per minute per team (all its members together); default 3000, "0" turns it off. */
	RATE_LIMIT_PER_TEAM_PER_MINUTE?: string;
	/** Rows written per import load batch (default 2000); "0" loads a whole file in one batch (benchmarks). */
	IMPORT_CHUNK_ROWS?: string;
	/** Failed authentications per minute per client address before it is refused unread; default 60. */
	AUTH_FAILURES_PER_MINUTE?: string;
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
	team: {
		id: string;
		name: string;
		createdAt: string;
		visibility: TeamVisibility;
		defaultCountry: string | null;
	};
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
