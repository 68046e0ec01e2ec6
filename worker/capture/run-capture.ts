import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { IdentityKey } from "../../shared/capture";
import { type History, loadHistory } from "../customers/scoring";
import { type LabelOf, loadTeamScoring } from "../customers/team-scoring";
import { customerSnapshot, loadContactNames, loadIdentities } from "../customers/view";
import { auditStatement } from "../db/audit";
import type { Db } from "../db/client";
import { guard, guardReason, isUniqueViolation } from "../db/guards";
import { newId } from "../db/ids";
import { contacts, customers, identities, interactions } from "../db/schema";
import { bumpSyncCounter, currentSyncSeq } from "../db/sync-seq";
import type { AuthMember } from "../env";
import { conflict } from "../http/problem";
import { completeKey } from "./idempotency";
import { findMatch } from "./match";
import type { NormalizedCapture } from "./normalize-capture";
import { type CaptureBody, type CapturePlan, type CaptureReads, planCapture } from "./plan-capture";

export interface CaptureActor {
	teamId: string;
	member: AuthMember;
}

/** Enough for a handful of simultaneous captures of one customer; beyond that the client retries (409). */
const ATTEMPTS = 6;

/**
 * Dedupes the capture against the team's identities, creates or merges the customer, upserts the
 * contact and the interaction, re-scores, and stores the answer under the idempotency key, all in
 * one D1 batch. If a concurrent writer got there first (the customer's version moved, or another
 * capture created the same identity), the batch fails as a whole and the capture is planned again.
 */
export async function runCapture(
	db: Db,
	actor: CaptureActor,
	capture: NormalizedCapture,
	labelOf: LabelOf,
	idempotencyKey: string,
): Promise<{ status: 200 | 201; body: CaptureBody }> {
	for (let attempt = 1; ; attempt++) {
		try {
			const now = new Date();
			const plan = planCapture(
				capture,
				await readCapture(db, actor.teamId, capture),
				actor,
				labelOf,
				now,
				newId,
			);
			await db.batch(writeCapture(db, actor, capture, plan, idempotencyKey, now.toISOString()));
			return { status: plan.status, body: plan.body };
		} catch (error) {
			const raced = guardReason(error) === "stale" || isUniqueViolation(error, "identities");
			if (!raced) throw error;
			if (attempt >= ATTEMPTS)
				throw conflict("The customer is being changed by other captures; retry shortly");
			// Jittered, growing pause so the racers do not collide again in lockstep.
			await new Promise((resolve) => setTimeout(resolve, Math.random() * 15 * attempt));
		}
	}
}

async function readCapture(db: Db, teamId: string, capture: NormalizedCapture): Promise<CaptureReads> {
	const thread = capture.thread;
	const [found, team, previous] = await Promise.all([
		findMatch(db, teamId, capture),
		loadTeamScoring(db, teamId),
		thread
			? db
					.select({
						id: interactions.id,
						customerId: interactions.customerId,
						occurredAt: interactions.occurredAt,
					})
					.from(interactions)
					.where(
						and(
							eq(interactions.teamId, teamId),
							eq(interactions.source, capture.source),
							eq(interactions.externalId, thread.externalId),
						),
					)
					.get()
			: Promise.resolve(undefined),
	]);
	const customerId = found.match?.row.c.id;
	if (customerId === undefined) {
		const history: History = { orders: [], interactions: [] };
		return { found, team, previous, contacts: [], history, identities: [], contactNames: [] };
	}
	const [contactRows, history, ids, names] = await Promise.all([
		// Only the contacts that could be this person: a big account has hundreds.
		db
			.select()
			.from(contacts)
			.where(
				and(eq(contacts.teamId, teamId), eq(contacts.customerId, customerId), samePersonCandidates(capture)),
			),
		loadHistory(db, teamId, customerId, team.settings.engagementWindowDays),
		loadIdentities(db, teamId, [customerId]),
		loadContactNames(db, teamId, [customerId]),
	]);
	return {
		found,
		team,
		previous,
		contacts: contactRows,
		history,
		identities: ids.get(customerId) ?? [],
		contactNames: names.get(customerId) ?? [],
	};
}

/** SQL prefilter for merge.ts's sameContact: same email, or a shared phone, or (with neither) the name. */
function samePersonCandidates(capture: NormalizedCapture) {
	const { email, phone, whatsapp, name } = capture.contact;
	const phones = [phone, whatsapp].filter((p): p is string => p !== undefined);
	if (email === undefined && phones.length === 0) {
		return name === undefined ? sql`0` : sql`lower(${contacts.name}) = lower(${name})`;
	}
	return or(
		email === undefined ? undefined : eq(contacts.email, email),
		phones.length === 0 ? undefined : inArray(contacts.phone, phones),
		phones.length === 0 ? undefined : inArray(contacts.whatsapp, phones),
	);
}

type Statement = Parameters<Db["batch"]>[0][number];

function writeCapture(
	db: Db,
	actor: CaptureActor,
	capture: NormalizedCapture,
	plan: CapturePlan,
	idempotencyKey: string,
	at: string,
): [Statement, ...Statement[]] {
	const { teamId } = actor;
	const { saved, before, contact, interaction } = plan;
	const customerId = saved.id;
	const statements: Statement[] = [];
	if (before) {
		const version = before.version;
		statements.push(
			guard(
				db,
				teamId,
				"stale",
				sql`EXISTS (SELECT 1 FROM customers WHERE team_id = ${teamId} AND id = ${customerId} AND version = ${version} AND deleted_at IS NULL)`,
			),
		);
	}
	statements.push(bumpSyncCounter(db, teamId));
	const { id: _id, teamId: _team, createdAt: _created, ...changes } = saved;
	statements.push(
		before
			? db
					.update(customers)
					.set({ ...changes, syncSeq: currentSyncSeq(teamId) })
					.where(and(eq(customers.teamId, teamId), eq(customers.id, customerId)))
			: db.insert(customers).values({ ...saved, syncSeq: currentSyncSeq(teamId) }),
	);
	statements.push(
		contact.existing
			? db
					.update(contacts)
					.set({ ...contact.values, updatedAt: at })
					.where(and(eq(contacts.teamId, teamId), eq(contacts.id, contact.id)))
			: db
					.insert(contacts)
					.values({ ...contact.values, id: contact.id, teamId, customerId, createdAt: at, updatedAt: at }),
	);
	if (plan.newKeys.length > 0) {
		const rows = plan.newKeys.map((key) => identityRow(key, teamId, customerId, contact.id, at));
		// A new customer's keys were free when read: a clash means a concurrent capture won, so fail and retry.
		// A merge may find a key already taken by another customer: that one keeps it.
		statements.push(
			before ? db.insert(identities).values(rows).onConflictDoNothing() : db.insert(identities).values(rows),
		);
	}
	if (interaction) {
		const values = {
			kind: interaction.kind,
			direction: interaction.direction,
			subject: interaction.subject,
			summary: interaction.summary,
			data: interaction.data,
			occurredAt: interaction.occurredAt,
		};
		statements.push(
			db
				.insert(interactions)
				.values({
					...values,
					id: interaction.id,
					teamId,
					customerId,
					contactId: contact.id,
					source: capture.source,
					externalId: interaction.externalId,
					createdBy: actor.member.id,
					createdAt: at,
				})
				.onConflictDoUpdate({
					target: [interactions.teamId, interactions.source, interactions.externalId],
					set: values,
				}),
		);
	}
	statements.push(
		auditStatement(db, {
			teamId,
			actorId: actor.member.id,
			action: before ? "customer.capture_merge" : "customer.capture_create",
			entity: "customer",
			entityId: customerId,
			before: before ? customerSnapshot(before) : undefined,
			after: {
				...customerSnapshot(saved),
				contactId: contact.id,
				interactionId: interaction?.id ?? null,
				matchedBy: plan.body.matchedBy,
				conflicts: plan.body.conflicts,
			},
			at,
		}),
		completeKey(db, teamId, idempotencyKey, plan.status, plan.body),
	);
	return statements as [Statement, ...Statement[]];
}

function identityRow(key: IdentityKey, teamId: string, customerId: string, contactId: string, at: string) {
	return {
		id: newId("idn"),
		teamId,
		customerId,
		// Domains identify the company, the rest identify this person.
		contactId: key.kind === "domain" ? null : contactId,
		kind: key.kind,
		value: key.value,
		createdAt: at,
	};
}
