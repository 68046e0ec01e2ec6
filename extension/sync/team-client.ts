import { z } from "zod";
import type { ColumnMapping } from "../../shared/import/fields";
import { importSummarySchema, stagedImportSchema } from "../../shared/import/wire";
import { auditListSchema } from "../../shared/schema/audit";
import { backtestReportSchema } from "../../shared/schema/backtest";
import type { Role } from "../../shared/schema/common";
import { type HandoverInput, handoverPlanSchema, handoverResultSchema } from "../../shared/schema/handover";
import { type InsightsQuery, insightsSchema } from "../../shared/schema/insights";
import {
	acceptInvitationResponseSchema,
	type CreateInvitation,
	createInvitationResponseSchema,
	invitationListSchema,
	invitationSchema,
} from "../../shared/schema/invitation";
import { memberOverviewListSchema, memberTokenListSchema } from "../../shared/schema/member-overview";
import { type Playbooks, storedPlaybooksSchema } from "../../shared/schema/playbooks";
import { type PoolRules, poolRulesSchema, poolWarningListSchema } from "../../shared/schema/pool-rules";
import { rescoreJobSchema, tierSummarySchema } from "../../shared/schema/scoring-answers";
import {
	apiTokenSchema,
	memberSchema,
	meSchema,
	type TeamVisibility,
	teamDefaultCountryAnswerSchema,
	teamVisibilityInputSchema,
} from "../../shared/schema/team";
import {
	type BulkCustomerAction,
	bulkCustomerResultSchema,
	teamCustomerPageSchema,
} from "../../shared/schema/team-customers";
import { type ScoringSettings, scoringSettingsSchema } from "../../shared/scoring/settings";
import { type ClientOptions, call, typedClient } from "./api-client";
import { ApiError, errorFromResponse } from "./api-error";

/** GET and PUT /v1/team/scoring: the settings, their version and the latest re-score (labels and baseline not read here). */
const storedScoringSchema = z.object({
	settings: scoringSettingsSchema,
	version: z.number(),
	job: rescoreJobSchema.nullable(),
});

/** An export of 100,000 customers streams for about half a minute; give it ample time. */
const EXPORT_TIMEOUT_MS = 300_000;

/** A CSV body: the page sends the text it decoded, always as UTF-8. */
const csvBody = (csv: string) => ({
	headers: { "content-type": "text/csv; charset=utf-8" },
	init: { body: csv },
});

/** The team page's calls: members, their tokens and invitations (typed routes, zod-validated answers). */
export function createTeamClient(options: ClientOptions) {
	const api = typedClient(options);
	const base = options.apiUrl.replace(/\/+$/, "");
	const member = api.v1.members[":id"];
	return {
		me: () => call(`${base}/v1/me`, () => api.v1.me.$get(), meSchema),
		members: () =>
			call(`${base}/v1/members/overview`, () => api.v1.members.overview.$get(), memberOverviewListSchema),
		updateMember: (id: string, change: { role?: Role; active?: boolean }) =>
			call(`${base}/v1/members/${id}`, () => member.$patch({ param: { id }, json: change }), memberSchema),
		memberTokens: (id: string) =>
			call(
				`${base}/v1/members/${id}/tokens`,
				() => member.tokens.$get({ param: { id } }),
				memberTokenListSchema,
			),
		revokeToken: (id: string) =>
			call(`${base}/v1/tokens/${id}`, () => api.v1.tokens[":id"].$delete({ param: { id } }), apiTokenSchema),
		invitations: () => call(`${base}/v1/invitations`, () => api.v1.invitations.$get(), invitationListSchema),
		invite: (input: CreateInvitation) =>
			call(
				`${base}/v1/invitations`,
				() => api.v1.invitations.$post({ json: input }),
				createInvitationResponseSchema,
			),
		previewHandover: (input: HandoverInput) =>
			call(
				`${base}/v1/team/handover/preview`,
				() => api.v1.team.handover.preview.$post({ json: input }),
				handoverPlanSchema,
			),
		handover: (input: HandoverInput) =>
			call(
				`${base}/v1/team/handover`,
				() => api.v1.team.handover.$post({ json: input }),
				handoverResultSchema,
			),
		playbooks: () =>
			call(`${base}/v1/team/playbooks`, () => api.v1.team.playbooks.$get(), storedPlaybooksSchema),
		savePlaybooks: (playbooks: Playbooks) =>
			call(
				`${base}/v1/team/playbooks`,
				() => api.v1.team.playbooks.$put({ json: playbooks }),
				storedPlaybooksSchema,
			),
		poolRules: () =>
			call(`${base}/v1/team/pool-rules`, () => api.v1.team["pool-rules"].$get(), poolRulesSchema),
		savePoolRules: (rules: PoolRules) =>
			call(
				`${base}/v1/team/pool-rules`,
				() => api.v1.team["pool-rules"].$put({ json: rules }),
				poolRulesSchema,
			),
		poolWarnings: () =>
			call(
				`${base}/v1/team/pool-rules/warnings`,
				() => api.v1.team["pool-rules"].warnings.$get(),
				poolWarningListSchema,
			),
		saveVisibility: (visibility: TeamVisibility) =>
			call(
				`${base}/v1/team/visibility`,
				() => api.v1.team.visibility.$put({ json: { visibility } }),
				teamVisibilityInputSchema,
			),
		saveDefaultCountry: (defaultCountry: string | null) =>
			call(
				`${base}/v1/team/default-country`,
				() => api.v1.team["default-country"].$put({ json: { defaultCountry } }),
				teamDefaultCountryAnswerSchema,
			),
		scoring: () => call(`${base}/v1/team/scoring`, () => api.v1.team.scoring.$get(), storedScoringSchema),
		saveScoring: (settings: ScoringSettings) =>
			call(
				`${base}/v1/team/scoring`,
				() => api.v1.team.scoring.$put({ json: settings }),
				storedScoringSchema,
			),
		scoringSummary: () =>
			call(
				`${base}/v1/team/scoring/summary`,
				() => api.v1.team.scoring.summary.$get({ query: {} }),
				tierSummarySchema,
			),
		previewScoring: (settings: ScoringSettings) =>
			call(
				`${base}/v1/team/scoring/preview`,
				() => api.v1.team.scoring.preview.$post({ json: { settings } }),
				tierSummarySchema,
			),
		/** POST /v1/imports with the whole file (below the body limit); `map` as column=field pairs. */
		importCsv: (csv: string, query: { dryRun: boolean; map: string[] }) =>
			call(
				`${base}/v1/imports`,
				() =>
					api.v1.imports.$post(
						{ query: { dryRun: query.dryRun ? "true" : "false", map: query.map } },
						csvBody(csv),
					),
				importSummarySchema,
			),
		stageImport: () =>
			call(`${base}/v1/imports/staged`, () => api.v1.imports.staged.$post(), stagedImportSchema),
		putImportPart: (id: string, index: number, firstRow: number, csv: string) =>
			call(
				`${base}/v1/imports/${id}/parts/${index}`,
				() =>
					api.v1.imports[":id"].parts[":index"].$put(
						{ param: { id, index: String(index) }, query: { firstRow: String(firstRow) } },
						csvBody(csv),
					),
				stagedImportSchema,
			),
		commitImport: (id: string, options: { dryRun: boolean; mapping: ColumnMapping }) =>
			call(
				`${base}/v1/imports/${id}/commit`,
				() => api.v1.imports[":id"].commit.$post({ param: { id }, json: options }),
				importSummarySchema,
			),
		scoringJob: (id: string) =>
			call(
				`${base}/v1/team/scoring/jobs/${id}`,
				() => api.v1.team.scoring.jobs[":id"].$get({ param: { id } }),
				rescoreJobSchema,
			),
		/** GET /v1/team/backtest: the tiers and churn flags as of a date against the months after it. */
		backtest: (asOf: string, months: number) =>
			call(
				`${base}/v1/team/backtest`,
				() => api.v1.team.backtest.$get({ query: { asOf, months: String(months) } }),
				backtestReportSchema,
			),
		insights: (query: InsightsQuery) =>
			call(`${base}/v1/team/insights`, () => api.v1.team.insights.$get({ query }), insightsSchema),
		/** GET /v1/team/customers: one table page; `query` holds the filters, search, sort and cursor as sent. */
		teamCustomers: (query: Record<string, string>) =>
			call(`${base}/v1/team/customers`, () => api.v1.team.customers.$get({ query }), teamCustomerPageSchema),
		bulkCustomers: (input: BulkCustomerAction) =>
			call(
				`${base}/v1/team/customers/bulk`,
				() => api.v1.team.customers.bulk.$post({ json: input }),
				bulkCustomerResultSchema,
			),
		/** GET /v1/customers/export: the file (CSV or xlsx) and the name the API gives it. */
		exportCustomers: async (query: Record<string, string>): Promise<{ file: Blob; filename: string }> => {
			const label = `${base}/v1/customers/export`;
			let response: Response;
			try {
				// A whole team's export streams for a while: no 20-second limit on it.
				const slow = typedClient({ ...options, timeoutMs: EXPORT_TIMEOUT_MS });
				response = await slow.v1.customers.export.$get({ query });
			} catch (error) {
				const reason = error instanceof Error ? error.message : String(error);
				throw new ApiError({ kind: "unreachable", message: `${label}: ${reason}` });
			}
			if (!response.ok) throw await errorFromResponse(response);
			const named = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "");
			return { file: await response.blob(), filename: named?.[1] ?? "tierline-customers.csv" };
		},
		audit: (query: Record<string, string>) =>
			call(`${base}/v1/audit`, () => api.v1.audit.$get({ query }), auditListSchema),
		revokeInvitation: (id: string) =>
			call(
				`${base}/v1/invitations/${id}`,
				() => api.v1.invitations[":id"].$delete({ param: { id } }),
				invitationSchema,
			),
	};
}

export type TeamClient = ReturnType<typeof createTeamClient>;

/** POST /v1/invitations/accept: the code becomes this person's own token (no token needed). */
export function acceptInvitation(apiUrl: string, code: string, fetchImpl?: typeof fetch) {
	const api = typedClient({ apiUrl, token: "", fetch: fetchImpl });
	return call(
		`${apiUrl}/v1/invitations/accept`,
		() => api.v1.invitations.accept.$post({ json: { code } }),
		acceptInvitationResponseSchema,
	);
}
