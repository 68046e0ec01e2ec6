import { eq } from "drizzle-orm";
import type { Tier } from "../../shared/schema/common";
import {
	defaultScoringSettings,
	type ScoringSettings,
	scoringSettingsSchema,
	type TeamBaseline,
	tierLabel,
} from "../../shared/scoring";
import type { Db } from "../db/client";
import { scoringSettings } from "../db/schema";

export interface TeamScoring {
	settings: ScoringSettings;
	version: number;
	baseline: TeamBaseline | null;
}

/**
 * Parsed settings per (team, version), kept in this isolate: settings change only with a new
 * version, and every request reads the current version with its token, so a hit is never stale.
 */
const parsed = new Map<string, ScoringSettings>();
const MAX_CACHED = 500;

function parseSettings(teamId: string, version: number, json: string | null): ScoringSettings {
	const key = `${teamId}:${version}`;
	let settings = parsed.get(key);
	if (settings === undefined) {
		settings = json === null ? defaultScoringSettings : scoringSettingsSchema.parse(JSON.parse(json));
		if (parsed.size >= MAX_CACHED) parsed.clear();
		parsed.set(key, settings);
	}
	return settings;
}

/** Settings, version and baseline: what re-scoring a customer needs. Defaults (version 1) without a row. */
export async function loadTeamScoring(db: Db, teamId: string): Promise<TeamScoring> {
	const row = await db.select().from(scoringSettings).where(eq(scoringSettings.teamId, teamId)).get();
	if (!row) return { settings: defaultScoringSettings, version: 1, baseline: null };
	return {
		settings: parseSettings(teamId, row.version, row.settings),
		version: row.version,
		baseline: row.baseline === null ? null : (JSON.parse(row.baseline) as TeamBaseline),
	};
}

/** The team's settings at `version` (from the token's query), read from D1 only on a cache miss. */
export async function teamSettings(db: Db, teamId: string, version: number): Promise<ScoringSettings> {
	const cached = parsed.get(`${teamId}:${version}`);
	if (cached) return cached;
	const row = await db
		.select({ settings: scoringSettings.settings, version: scoringSettings.version })
		.from(scoringSettings)
		.where(eq(scoringSettings.teamId, teamId))
		.get();
	return row ? parseSettings(teamId, row.version, row.settings) : defaultScoringSettings;
}

export type LabelOf = (tier: Tier) => string;

/** Tier labels in the team's scheme ("Platinum" or "S"), English on the wire; clients translate. */
export function labeller(settings: ScoringSettings): LabelOf {
	return (tier) => tierLabel(tier, settings.labelScheme, "en");
}
