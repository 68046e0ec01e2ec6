import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;
const createdAt = () => text("created_at").notNull().default(now);
/** The team a row belongs to. */
const teamRef = () =>
	text("team_id")
		.notNull()
		.references(() => teams.id);
/** The customer a row belongs to. */
const customerRef = () =>
	text("customer_id")
		.notNull()
		.references(() => customers.id);

export const teams = sqliteTable("teams", {
	id: text("id").primaryKey(),
	name: text("name").notNull(),
	/** Monotonic change counter: each customer change takes the next value as its sync_seq. */
	syncCounter: integer("sync_counter").notNull().default(0),
	/**
	 * Who sees a customer's contacts, threads, orders, notes and explanation: "owner" (its owner,
	 * managers and admins; everyone else sees only that it exists, its name, owner, tier and pool
	 * state) or "team" (every member). See customers/visibility.ts.
	 */
	visibility: text("visibility", { enum: ["owner", "team"] })
		.notNull()
		.default("owner"),
	/**
	 * ISO 3166-1 alpha-2: the country a phone written without a country code is read in when
	 * nothing about the contact implies one (null: such numbers are kept as written).
	 */
	defaultCountry: text("default_country"),
	createdAt: createdAt(),
});

export const members = sqliteTable(
	"members",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		name: text("name").notNull(),
		email: text("email").notNull(),
		role: text("role", { enum: ["admin", "manager", "sales"] }).notNull(),
		active: integer("active", { mode: "boolean" }).notNull().default(true),
		createdAt: createdAt(),
	},
	(t) => [uniqueIndex("members_team_email").on(t.teamId, t.email)],
);

export const apiTokens = sqliteTable(
	"api_tokens",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		memberId: text("member_id")
			.notNull()
			.references(() => members.id),
		/** SHA-256 of the token, hex. The token itself is shown once and never stored. */
		tokenHash: text("token_hash").notNull().unique(),
		label: text("label"),
		createdAt: createdAt(),
		lastUsedAt: text("last_used_at"),
		revokedAt: text("revoked_at"),
		/** Optional: after this instant the token answers 401. */
		expiresAt: text("expires_at"),
	},
	(t) => [index("api_tokens_member").on(t.teamId, t.memberId)],
);

export const customers = sqliteTable(
	"customers",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		name: text("name").notNull(),
		/**
		 * Where the name came from: "company" (a captured company name), "user" (edited), or a stand-in
		 * taken from the "contact", "domain", "email", "phone" or "buyer_id". A later capture with a real
		 * company name replaces a stand-in, never a company or user name.
		 */
		nameSource: text("name_source").notNull().default("company"),
		/** Registrable corporate domain; null for free-mail-only customers. */
		domain: text("domain"),
		country: text("country"),
		website: text("website"),
		buyerType: text("buyer_type"),
		size: text("size"),
		status: text("status").notNull().default("lead"),
		ownerId: text("owner_id").references(() => members.id),
		ownerSince: text("owner_since"),
		/**
		 * JSON {fromId, fromName, at}: the last handover (人走客留) that gave this customer its owner.
		 * Shown as "new to you" while owner_since still equals its `at` (no ownership change since).
		 */
		handover: text("handover"),
		inPool: integer("in_pool", { mode: "boolean" }).notNull().default(false),
		poolSince: text("pool_since"),
		tier: text("tier").notNull().default("lead"),
		currentValue: real("current_value").notNull().default(0),
		potentialValue: real("potential_value").notNull().default(0),
		churnFlag: integer("churn_flag", { mode: "boolean" }).notNull().default(false),
		churnSeverity: text("churn_severity").notNull().default("none"),
		churnReason: text("churn_reason"),
		/** JSON: the scoring engine's Explanation. */
		explanation: text("explanation"),
		/** JSON: accumulated company / platform / inquiry signals fed to the engine. */
		signals: text("signals").notNull().default("{}"),
		revenue12mUsd: real("revenue_12m_usd").notNull().default(0),
		modelVersion: integer("model_version").notNull().default(0),
		settingsVersion: integer("settings_version").notNull().default(0),
		scoredAt: text("scored_at"),
		lastInteractionAt: text("last_interaction_at"),
		/**
		 * JSON AwaitingReply {since, source}: the customer's latest captured thread ends with the
		 * buyer's message (sent at `since`); null once a later capture shows our reply.
		 */
		awaitingReply: text("awaiting_reply"),
		lastOrderAt: text("last_order_at"),
		/** JSON PossibleDuplicate: shares only a phone with this other company's customer; null once decided. */
		possibleDuplicate: text("possible_duplicate"),
		/** Pool (公海) rules: who owned the customer when it was last released (reclaim cool-down). */
		poolPreviousOwnerId: text("pool_previous_owner_id"),
		/**
		 * How the customer first came in: a capture's source ("gmail", "alibaba", "eml", "selection",
		 * "manual") or "import"; null for customers created before this was recorded and not traceable.
		 */
		source: text("source"),
		/** Pool rules: when the owner last claimed it from the pool (protection after a claim). */
		claimedAt: text("claimed_at"),
		version: integer("version").notNull().default(1),
		syncSeq: integer("sync_seq").notNull().default(0),
		createdAt: createdAt(),
		updatedAt: text("updated_at").notNull().default(now),
		deletedAt: text("deleted_at"),
	},
	(t) => [
		index("customers_team_sync").on(t.teamId, t.syncSeq, t.id),
		// The team table's keyset orders (GET /v1/team/customers): each sort column, then the id.
		index("customers_team_name_id").on(t.teamId, t.name, t.id),
		index("customers_team_revenue_id").on(t.teamId, t.revenue12mUsd, t.id),
		index("customers_team_contact_id").on(t.teamId, sql`coalesce(${t.lastInteractionAt}, '')`, t.id),
		index("customers_team_created_id").on(t.teamId, t.createdAt, t.id),
		index("customers_team_owner").on(t.teamId, t.ownerId),
		index("customers_team_tier").on(t.teamId, t.tier),
		// Keyset paging of one team's customers by id (re-score jobs walk the team in id order).
		index("customers_team_id").on(t.teamId, t.id),
	],
);

export const contacts = sqliteTable(
	"contacts",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		name: text("name"),
		email: text("email"),
		phone: text("phone"),
		/** A number without a country code that nothing placed: shown as written, never a key. */
		phoneAsWritten: text("phone_as_written"),
		whatsapp: text("whatsapp"),
		wechat: text("wechat"),
		skype: text("skype"),
		title: text("title"),
		createdAt: createdAt(),
		updatedAt: text("updated_at").notNull().default(now),
	},
	(t) => [index("contacts_customer").on(t.teamId, t.customerId)],
);

/** Dedupe keys. kind: email | domain | buyer_id | phone | account (the team's own ERP number). */
export const identities = sqliteTable(
	"identities",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		contactId: text("contact_id").references(() => contacts.id),
		kind: text("kind", { enum: ["email", "domain", "buyer_id", "phone", "account"] }).notNull(),
		value: text("value").notNull(),
		createdAt: createdAt(),
	},
	(t) => [
		uniqueIndex("identities_team_kind_value").on(t.teamId, t.kind, t.value),
		index("identities_customer").on(t.teamId, t.customerId),
	],
);

export const interactions = sqliteTable(
	"interactions",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		contactId: text("contact_id").references(() => contacts.id),
		source: text("source").notNull(),
		externalId: text("external_id").notNull(),
		kind: text("kind").notNull(),
		direction: text("direction"),
		subject: text("subject"),
		summary: text("summary"),
		/** JSON: messages, participants, inquiry details. */
		data: text("data"),
		occurredAt: text("occurred_at").notNull(),
		createdBy: text("created_by").references(() => members.id),
		createdAt: createdAt(),
	},
	(t) => [
		uniqueIndex("interactions_team_source_external").on(t.teamId, t.source, t.externalId),
		index("interactions_customer").on(t.teamId, t.customerId, t.occurredAt),
	],
);

export const orders = sqliteTable(
	"orders",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		amount: real("amount").notNull(),
		currency: text("currency").notNull(),
		amountUsd: real("amount_usd").notNull(),
		date: text("date").notNull(),
		reference: text("reference"),
		cancelled: integer("cancelled", { mode: "boolean" }).notNull().default(false),
		createdBy: text("created_by").references(() => members.id),
		createdAt: createdAt(),
	},
	(t) => [
		index("orders_customer").on(t.teamId, t.customerId, t.date),
		uniqueIndex("orders_team_reference").on(t.teamId, t.reference),
	],
);

export const notes = sqliteTable(
	"notes",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		authorId: text("author_id").references(() => members.id),
		body: text("body").notNull(),
		createdAt: createdAt(),
	},
	(t) => [index("notes_customer").on(t.teamId, t.customerId)],
);

/**
 * A member asks for a colleague's customer: visible to its owner, managers and admins, who accept
 * (the customer is transferred to the requester) or decline.
 */
export const transferRequests = sqliteTable(
	"transfer_requests",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		customerId: customerRef(),
		requesterId: text("requester_id")
			.notNull()
			.references(() => members.id),
		reason: text("reason"),
		state: text("state", { enum: ["pending", "accepted", "declined"] })
			.notNull()
			.default("pending"),
		decidedBy: text("decided_by"),
		decidedAt: text("decided_at"),
		createdAt: createdAt(),
	},
	(t) => [index("transfer_requests_customer").on(t.teamId, t.customerId, t.state)],
);

export const auditLog = sqliteTable(
	"audit_log",
	{
		id: integer("id").primaryKey({ autoIncrement: true }),
		teamId: text("team_id").notNull(),
		actorId: text("actor_id"),
		action: text("action").notNull(),
		entity: text("entity").notNull(),
		entityId: text("entity_id"),
		before: text("before"),
		after: text("after"),
		at: text("at").notNull().default(now),
	},
	(t) => [
		index("audit_team_entity").on(t.teamId, t.entity, t.entityId),
		index("audit_team_id").on(t.teamId, t.id),
	],
);

export const idempotencyKeys = sqliteTable(
	"idempotency_keys",
	{
		teamId: text("team_id").notNull(),
		key: text("key").notNull(),
		memberId: text("member_id").notNull(),
		requestHash: text("request_hash").notNull(),
		/** in_flight until the response is stored. */
		state: text("state", { enum: ["in_flight", "done"] }).notNull(),
		responseStatus: integer("response_status"),
		responseBody: text("response_body"),
		createdAt: createdAt(),
	},
	(t) => [
		primaryKey({ columns: [t.teamId, t.key] }),
		/** The cron trigger drops expired keys of all teams, oldest first (capture/idempotency.ts). */
		index("idempotency_keys_created").on(t.createdAt),
	],
);

export const scoringSettings = sqliteTable("scoring_settings", {
	teamId: text("team_id")
		.primaryKey()
		.references(() => teams.id),
	version: integer("version").notNull().default(1),
	/** JSON: ScoringSettings (shared/scoring). */
	settings: text("settings").notNull(),
	/** JSON: the team baseline for percentile mode, recomputed on each full re-score. */
	baseline: text("baseline"),
	/** The MODEL_VERSION the team was last re-scored for; the cron trigger re-scores teams behind it. */
	modelVersion: integer("model_version").notNull().default(0),
	updatedAt: text("updated_at").notNull().default(now),
	updatedBy: text("updated_by"),
});

export const rescoreJobs = sqliteTable(
	"rescore_jobs",
	{
		id: text("id").primaryKey(),
		teamId: text("team_id").notNull(),
		settingsVersion: integer("settings_version").notNull(),
		/** "superseded": a newer settings version or import started another job before this one finished. */
		state: text("state", { enum: ["running", "done", "failed", "superseded"] }).notNull(),
		total: integer("total").notNull().default(0),
		done: integer("done").notNull().default(0),
		/** Keyset cursor: last customer id re-scored. */
		cursor: text("cursor"),
		error: text("error"),
		startedAt: createdAt(),
		finishedAt: text("finished_at"),
		/** "team": every live customer; "import": the customers an import touched (import_customers). */
		scope: text("scope", { enum: ["team", "import"] })
			.notNull()
			.default("team"),
		importId: text("import_id"),
		/** "baseline" (percentile mode: stream the team into a new baseline first), then "score". */
		phase: text("phase", { enum: ["baseline", "score"] })
			.notNull()
			.default("score"),
		/** The label scheme changed: every customer's wire shape changes, so each one gets a new sync_seq. */
		relabel: integer("relabel", { mode: "boolean" }).notNull().default(false),
		/** Whoever advances the job holds the lease until lease_until; an expired lease may be taken over. */
		leaseOwner: text("lease_owner"),
		leaseUntil: text("lease_until"),
		/** Consecutive failed steps; the job fails after a few. */
		failures: integer("failures").notNull().default(0),
		updatedAt: text("updated_at"),
	},
	(t) => [
		index("rescore_jobs_team").on(t.teamId, t.startedAt),
		// One running job per team: starting one supersedes the running one in the same batch.
		uniqueIndex("rescore_jobs_one_running").on(t.teamId).where(sql`state = 'running'`),
	],
);

/**
 * A CSV import. A file over the body limit is staged in parts (import_parts) and committed as one:
 * written in bounded batches that stay invisible while "loading", then published at once
 * (imports/load-import.ts). "committed" keeps the summary, so a repeated commit answers it again.
 */
export const imports = sqliteTable(
	"imports",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		memberId: text("member_id").notNull(),
		state: text("state", { enum: ["staging", "loading", "committed"] }).notNull(),
		parts: integer("parts").notNull().default(0),
		rows: integer("rows").notNull().default(0),
		/** JSON: the import summary (counts, problems, warnings). */
		summary: text("summary"),
		jobId: text("job_id"),
		createdAt: createdAt(),
		committedAt: text("committed_at"),
		/** Staged parts left uncommitted past this time are deleted. */
		expiresAt: text("expires_at"),
	},
	(t) => [index("imports_team").on(t.teamId, t.createdAt)],
);

export const importParts = sqliteTable(
	"import_parts",
	{
		importId: text("import_id").notNull(),
		idx: integer("idx").notNull(),
		teamId: text("team_id").notNull(),
		/** The file row (header = 1) of the part's first record, for problem reports. */
		firstRow: integer("first_row").notNull(),
		/** The part as sent: CSV text with the header line. */
		body: text("body").notNull(),
		createdAt: createdAt(),
	},
	(t) => [primaryKey({ columns: [t.importId, t.idx] })],
);

/** Customers an import touched, for its re-score job (scope "import"); deleted when the job ends. */
export const importCustomers = sqliteTable(
	"import_customers",
	{
		importId: text("import_id").notNull(),
		customerId: text("customer_id").notNull(),
		teamId: text("team_id").notNull(),
	},
	(t) => [primaryKey({ columns: [t.importId, t.customerId] })],
);

/**
 * Preconditions inside a D1 batch. D1 has no interactive transactions, so a batch that must only
 * apply if something still holds (a version, pool membership) starts with
 * `INSERT INTO write_guards (reason) SELECT 'tierline:<reason>' WHERE NOT (<condition>)`:
 * the trigger in migration 0001 aborts on any insert, which rolls the whole batch back, and the
 * message names the failed precondition. The table never holds a row.
 */
export const writeGuards = sqliteTable("write_guards", {
	reason: text("reason").notNull(),
});

/**
 * A customer's next follow-up, the owner's (the member who set it): one per customer. `dueAt` is
 * a day (YYYY-MM-DD) or a day and time (ISO 8601 with offset); `dueDay` is its day, for "due on
 * or before" queries.
 */
export const followUps = sqliteTable(
	"follow_ups",
	{
		teamId: teamRef(),
		customerId: customerRef(),
		ownerId: text("owner_id")
			.notNull()
			.references(() => members.id),
		dueAt: text("due_at").notNull(),
		dueDay: text("due_day").notNull(),
		note: text("note"),
		createdAt: createdAt(),
		updatedAt: text("updated_at").notNull().default(now),
	},
	(t) => [
		primaryKey({ columns: [t.teamId, t.customerId] }),
		index("follow_ups_owner_due").on(t.teamId, t.ownerId, t.dueDay),
	],
);

/** A team's per-tier playbooks (shared/schema/playbooks), JSON; absent → the defaults. */
export const teamPlaybooks = sqliteTable("team_playbooks", {
	teamId: text("team_id")
		.primaryKey()
		.references(() => teams.id),
	playbooks: text("playbooks").notNull(),
	updatedAt: text("updated_at").notNull().default(now),
});

/**
 * Invitations to join a team (POST /v1/invitations): the one-time code is shown once and only its
 * SHA-256 is stored. Accepting creates the member and their first token; a code works once, until
 * `expires_at`, unless revoked.
 */
export const invitations = sqliteTable(
	"invitations",
	{
		id: text("id").primaryKey(),
		teamId: teamRef(),
		invitedBy: text("invited_by")
			.notNull()
			.references(() => members.id),
		name: text("name").notNull(),
		email: text("email").notNull(),
		role: text("role", { enum: ["admin", "manager", "sales"] }).notNull(),
		codeHash: text("code_hash").notNull().unique(),
		createdAt: createdAt(),
		expiresAt: text("expires_at").notNull(),
		acceptedAt: text("accepted_at"),
		memberId: text("member_id").references(() => members.id),
		revokedAt: text("revoked_at"),
	},
	(t) => [index("invitations_team").on(t.teamId, t.createdAt)],
);

/** The team's pool (公海) rules (shared/schema/pool-rules.ts), JSON; no row means every rule off. */
export const poolRules = sqliteTable("pool_rules", {
	teamId: text("team_id")
		.primaryKey()
		.references(() => teams.id),
	rules: text("rules").notNull(),
	updatedAt: text("updated_at").notNull(),
	updatedBy: text("updated_by").references(() => members.id),
});

/**
 * Each customer's tier over time, compactly: a row when the customer is created and one on each
 * day its tier changes (the day's last tier). Written by triggers on customers (migration 0011), so
 * every path that sets a tier — re-score jobs, captures, imports, edits — records it, and writing
 * the same tier again records nothing. The tier on day D is the latest row on or before D.
 */
export const tierHistory = sqliteTable(
	"tier_history",
	{
		teamId: text("team_id").notNull(),
		customerId: text("customer_id").notNull(),
		/** YYYY-MM-DD (UTC). */
		day: text("day").notNull(),
		tier: text("tier").notNull(),
	},
	(t) => [primaryKey({ columns: [t.teamId, t.customerId, t.day] })],
);
