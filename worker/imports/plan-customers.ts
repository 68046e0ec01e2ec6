import { decideMatch, type KeyHolder, type KeyKind } from "../../shared/capture";
import type { RowProblem } from "../../shared/import/wire";
import { type FieldConflict, initialName, mergeCompany, mergeContact, sameContact } from "../capture/merge";
import { goesToWhoeverBringsIt, newCustomerRow } from "../capture/new-customer";
import type { CustomerRow, CustomerWithOwner } from "../customers/view";
import type { contacts } from "../db/schema";
import { forEachWithBreaks } from "../http/let-others-run";
import type { ImportRow } from "./read-rows";

export type ContactRow = typeof contacts.$inferSelect;
export type { KeyKind };
export interface Key {
	kind: KeyKind;
	value: string;
}

export const keyString = (k: Key) => `${k.kind}:${k.value}`;

/** The keys of a row, in the identities table's form. */
export function rowKeys(row: ImportRow): Key[] {
	const account = row.account?.toLowerCase();
	return account ? [...row.capture.keys, { kind: "account", value: account }] : row.capture.keys;
}

/** What D1 holds for the file's keys (read in bulk before planning). */
export interface CustomerReads {
	/** "kind:value" → the customer holding the key (a deleted customer's key is held, but not matched). */
	owners: Map<string, { customerId: string; live: boolean }>;
	customers: Map<string, CustomerWithOwner>;
	contacts: Map<string, ContactRow[]>;
	accounts: Map<string, Set<string>>;
}

export interface PlannedCustomer {
	before: CustomerRow | null;
	row: CustomerRow;
	contacts: ContactRow[];
	accounts: Set<string>;
	changed: boolean;
}

export interface PlannedIdentity {
	id: string;
	customerId: string;
	contactId: string | null;
	kind: KeyKind;
	value: string;
}

export interface CustomerPlan {
	/** The customer of each row, by index into the rows. */
	customerOf: string[];
	customers: Map<string, PlannedCustomer>;
	newContacts: ContactRow[];
	contactUpdates: Map<string, ContactRow>;
	identities: PlannedIdentity[];
	warnings: RowProblem[];
}

export interface Actor {
	teamId: string;
	memberId: string;
}

type NewId = (prefix: "cus" | "con" | "idn") => string;

/**
 * The rows as a sequence of captures: each is matched against the team's identities and those the
 * earlier rows created (strongest key first), then created or merged with the capture rules
 * (merge.ts): empty fields filled, conflicts kept and reported, stand-in names replaced by real ones,
 * contacts matched by email, phone or name, keys another customer holds never added. An account
 * number nobody holds never merges into a customer that already has another account number.
 */
export async function planCustomers(
	rows: ImportRow[],
	reads: CustomerReads,
	actor: Actor,
	at: string,
	newId: NewId,
): Promise<CustomerPlan> {
	const plan: CustomerPlan = {
		customerOf: [],
		customers: new Map(),
		newContacts: [],
		contactUpdates: new Map(),
		identities: [],
		warnings: [],
	};
	const owners = new Map(reads.owners);
	const planned = (id: string): PlannedCustomer | undefined => {
		let p = plan.customers.get(id);
		const existing = reads.customers.get(id);
		if (!p && existing) {
			p = {
				before: existing.c,
				row: existing.c,
				contacts: [...(reads.contacts.get(id) ?? [])],
				accounts: new Set(reads.accounts.get(id)),
				changed: false,
			};
			plan.customers.set(id, p);
		}
		return p;
	};
	await forEachWithBreaks(rows, (row) => {
		const keys = rowKeys(row);
		let p = bestMatch(row.capture, keys, owners, planned);
		if (p === null) {
			p = newCustomer(row, actor, at, newId);
			plan.customers.set(p.row.id, p);
		} else {
			merge(p, row, actor, at, plan.warnings);
		}
		const contactId = upsertContact(p, row, actor, at, newId, plan);
		addKeys(p, keys, contactId, owners, newId, plan, row.row);
		plan.customerOf.push(p.row.id);
	});
	return plan;
}

function bestMatch(
	capture: ImportRow["capture"],
	keys: Key[],
	owners: CustomerReads["owners"],
	planned: (id: string) => PlannedCustomer | undefined,
): PlannedCustomer | null {
	const holders: KeyHolder<PlannedCustomer>[] = [];
	for (const key of keys) {
		const owner = owners.get(keyString(key));
		const p = owner?.live ? planned(owner.customerId) : undefined;
		if (p) holders.push({ key, customerId: p.row.id, domain: p.row.domain, name: p.row.name, record: p });
	}
	// The captures' rule: strongest key first; a phone shared with another company is no match.
	const decision = decideMatch(holders, {
		domain: capture.company.domain,
		companyName: capture.company.name,
	});
	const best = decision.kind === "match" ? decision.holder.record : null;
	const account = keys.find((k) => k.kind === "account");
	if (best && account && !owners.has(keyString(account)) && best.accounts.size > 0) return null;
	return best;
}

function newCustomer(row: ImportRow, actor: Actor, at: string, newId: NewId): PlannedCustomer {
	let named = initialName(row.capture);
	if (named.nameSource === "contact" && !row.capture.contact.name && row.account) {
		named = { name: `Account ${row.account}`, nameSource: "account" };
	}
	const customer = newCustomerRow(
		newId("cus"),
		actor.teamId,
		named,
		row.capture.source,
		row.capture.company,
		actor.memberId,
		at,
	);
	return { before: null, row: customer, contacts: [], accounts: new Set(), changed: true };
}

function merge(p: PlannedCustomer, row: ImportRow, actor: Actor, at: string, warnings: RowProblem[]): void {
	const { set, conflicts } = mergeCompany(p.row, row.capture.company);
	const takesOwner = p.before !== null && goesToWhoeverBringsIt(p.row);
	if (Object.keys(set).length > 0 || takesOwner) {
		p.row = { ...p.row, ...set, ...(takesOwner ? { ownerId: actor.memberId, ownerSince: at } : {}) };
		p.changed = true;
	}
	warnConflicts(conflicts, row.row, warnings);
}

function upsertContact(
	p: PlannedCustomer,
	row: ImportRow,
	actor: Actor,
	at: string,
	newId: NewId,
	plan: CustomerPlan,
): string | null {
	const contact = row.capture.contact;
	if (Object.keys(contact).length === 0) return null;
	const same = sameContact(p.contacts, contact);
	if (same) {
		const { set, conflicts } = mergeContact(same, contact);
		warnConflicts(conflicts, row.row, plan.warnings);
		if (Object.keys(set).length > 0) {
			Object.assign(same, set, { updatedAt: at });
			p.changed = true;
			if (!plan.newContacts.includes(same)) plan.contactUpdates.set(same.id, same);
		}
		return same.id;
	}
	const added: ContactRow = {
		id: newId("con"),
		teamId: actor.teamId,
		customerId: p.row.id,
		name: contact.name ?? null,
		email: contact.email ?? null,
		phone: contact.phone ?? null,
		phoneAsWritten: contact.phoneAsWritten ?? null,
		whatsapp: contact.whatsapp ?? null,
		wechat: contact.wechat ?? null,
		skype: contact.skype ?? null,
		title: contact.title ?? null,
		createdAt: at,
		updatedAt: at,
	};
	p.contacts.push(added);
	plan.newContacts.push(added);
	p.changed = true;
	return added.id;
}

function addKeys(
	p: PlannedCustomer,
	keys: Key[],
	contactId: string | null,
	owners: CustomerReads["owners"],
	newId: NewId,
	plan: CustomerPlan,
	rowNumber: number,
): void {
	for (const key of keys) {
		const owner = owners.get(keyString(key));
		if (owner) {
			if (owner.customerId !== p.row.id) {
				plan.warnings.push({
					row: rowNumber,
					column: null,
					field: null,
					message: `The ${key.kind} "${key.value}" already belongs to another customer; not added to this one`,
				});
			}
			continue;
		}
		owners.set(keyString(key), { customerId: p.row.id, live: true });
		p.changed = true;
		if (key.kind === "account") p.accounts.add(key.value);
		const personal = key.kind === "email" || key.kind === "phone";
		plan.identities.push({
			id: newId("idn"),
			customerId: p.row.id,
			contactId: personal ? contactId : null,
			...key,
		});
	}
}

function warnConflicts(conflicts: FieldConflict[], row: number, warnings: RowProblem[]): void {
	for (const c of conflicts) {
		warnings.push({
			row,
			column: null,
			field: null,
			message: `${c.field}: kept "${c.kept}", the file says "${c.offered}"`,
		});
	}
}
