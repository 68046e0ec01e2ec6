import type { IdentityKey } from "../../shared/capture";
import type { CaptureResponse, Identity, MemberRef, PossibleDuplicate } from "../../shared/schema/customer";
import { type History, parseSignals, score, scoreColumns, scoringInput } from "../customers/scoring";
import type { LabelOf, TeamScoring } from "../customers/team-scoring";
import {
	type CustomerRow,
	type CustomerWithOwner,
	contactNamesOf,
	customerJson,
	sortIdentities,
} from "../customers/view";
import type { contacts } from "../db/schema";
import type { AuthMember } from "../env";
import type { MatchResult } from "./match";
import {
	type FieldConflict,
	initialName,
	mergeCompany,
	mergeContact,
	mergeSignals,
	sameContact,
} from "./merge";
import { goesToWhoeverBringsIt, newCustomerRow } from "./new-customer";
import type { NormalizedCapture } from "./normalize-capture";
import { awaitingReplyAfter, type InteractionFields, interactionFields } from "./thread";

type ContactRow = typeof contacts.$inferSelect;

/** What the capture found in D1 before deciding anything. */
export interface CaptureReads {
	found: MatchResult;
	team: TeamScoring;
	/** The interaction this thread was captured as before, if it was. */
	previous: { id: string; customerId: string; occurredAt: string } | undefined;
	contacts: ContactRow[];
	history: History;
	identities: Identity[];
	/** Names of all the customer's contacts (the answer carries them for offline search). */
	contactNames: string[];
}

export type CaptureBody = CaptureResponse & { conflicts: FieldConflict[] };

export interface PlannedInteraction extends InteractionFields {
	id: string;
	externalId: string;
	existing: boolean;
}

/** Every row the capture writes, and its answer. Pure: no I/O, so it is planned again after a race. */
export interface CapturePlan {
	/** The customer as read (null when new): the batch checks its version is still current. */
	before: CustomerRow | null;
	saved: CustomerRow;
	contact: { id: string; existing: boolean; values: Partial<ContactRow> };
	newKeys: IdentityKey[];
	interaction: PlannedInteraction | null;
	status: 200 | 201;
	body: CaptureBody;
}

export type NewId = (prefix: "cus" | "con" | "int") => string;

export function planCapture(
	capture: NormalizedCapture,
	reads: CaptureReads,
	actor: { teamId: string; member: AuthMember },
	labelOf: LabelOf,
	now: Date,
	newId: NewId,
): CapturePlan {
	const at = now.toISOString();
	const match = reads.found.match;
	const before = match?.row.c ?? null;
	const conflicts: FieldConflict[] = [];
	const interaction: PlannedInteraction | null = capture.thread
		? {
				...interactionFields(capture.thread, at),
				id: reads.previous?.id ?? newId("int"),
				externalId: capture.thread.externalId,
				existing: reads.previous !== undefined,
			}
		: null;

	const duplicate = reads.found.possibleDuplicate;
	const possibleDuplicate: PossibleDuplicate | null = duplicate
		? { id: duplicate.row.c.id, name: duplicate.row.c.name, matchedBy: duplicate.matchedBy }
		: null;
	const base =
		before ??
		withPossibleDuplicate(
			newCustomerRow(
				newId("cus"),
				actor.teamId,
				initialName(capture),
				capture.source,
				capture.company,
				actor.member.id,
				at,
			),
			possibleDuplicate,
		);
	// A thread captured before for another customer stays with that customer.
	const ours =
		interaction !== null && (reads.previous === undefined || reads.previous.customerId === base.id);
	const company = before ? mergeCompany(before, capture.company) : { set: {}, conflicts: [] };
	conflicts.push(...company.conflicts);
	const takesOwner = before !== null && goesToWhoeverBringsIt(before);
	const signals = mergeSignals(parseSignals(before?.signals), capture);
	const merged: CustomerRow = {
		...base,
		...company.set,
		...(takesOwner ? { ownerId: actor.member.id, ownerSince: at } : {}),
		signals: JSON.stringify(signals),
		lastInteractionAt: latest(base.lastInteractionAt, ours ? (interaction?.occurredAt ?? null) : null),
		awaitingReply:
			ours && interaction
				? awaitingReplyAfter(base.awaitingReply, base.lastInteractionAt, interaction, capture.source)
				: base.awaitingReply,
	};
	const history = ours ? withInteraction(reads.history, capture, interaction, reads.previous) : reads.history;
	const result = score(scoringInput(merged, signals, history), reads.team, now);
	const saved: CustomerRow = {
		...merged,
		...scoreColumns(result, at),
		version: before ? before.version + 1 : 1,
		updatedAt: at,
	};

	const person = before ? sameContact(reads.contacts, capture.contact) : undefined;
	const contactMerge = person
		? mergeContact(person, capture.contact)
		: { set: capture.contact, conflicts: [] };
	conflicts.push(...contactMerge.conflicts);

	const newKeys = capture.keys.filter((k) => !reads.found.taken.has(`${k.kind}:${k.value}`));
	const owner = ownerRef(saved, actor.member, match?.row ?? null);
	const customer = customerJson(
		{ c: saved, ownerName: owner?.name ?? null, ownerEmail: owner?.email ?? null },
		sortIdentities([...reads.identities, ...newKeys.map(({ kind, value }) => ({ kind, value }))]),
		contactNamesOf([...reads.contactNames, person?.name, contactMerge.set.name]),
		labelOf,
	);
	return {
		before,
		saved,
		contact: { id: person?.id ?? newId("con"), existing: person !== undefined, values: contactMerge.set },
		newKeys,
		interaction,
		status: before ? 200 : 201,
		body: {
			customer,
			owner,
			created: before === null,
			matchedBy: match?.matchedBy ?? null,
			possibleDuplicateOf: before === null ? possibleDuplicate : null,
			conflicts,
		},
	};
}

/** The stored history with this capture's interaction in it (replacing its earlier capture, if any). */
function withInteraction(
	history: History,
	capture: NormalizedCapture,
	interaction: PlannedInteraction | null,
	previous: CaptureReads["previous"],
): History {
	if (interaction === null) return history;
	let list = history.interactions;
	if (previous) {
		const index = list.findIndex((i) => i.source === capture.source && i.date === previous.occurredAt);
		if (index >= 0) list = [...list.slice(0, index), ...list.slice(index + 1)];
	}
	return {
		orders: history.orders,
		interactions: [
			...list,
			{
				source: capture.source,
				kind: interaction.kind,
				date: interaction.occurredAt,
				...(interaction.direction ? { direction: interaction.direction } : {}),
			},
		],
	};
}

function withPossibleDuplicate(row: CustomerRow, duplicate: PossibleDuplicate | null): CustomerRow {
	return duplicate ? { ...row, possibleDuplicate: JSON.stringify(duplicate) } : row;
}

function latest(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	if (b === null) return a;
	return a > b ? a : b;
}

function ownerRef(saved: CustomerRow, member: AuthMember, row: CustomerWithOwner | null): MemberRef | null {
	if (saved.ownerId === null) return null;
	if (saved.ownerId === member.id) return { id: member.id, name: member.name, email: member.email };
	return { id: saved.ownerId, name: row?.ownerName ?? "", email: row?.ownerEmail ?? "" };
}
