import { or, type SQL, sql } from "drizzle-orm";
import type { Customer, CustomerDetail } from "../../shared/schema/customer";
import type { LookupMatch } from "../../shared/schema/lookup";
import { customers } from "../db/schema";
import type { AuthContext } from "../env";
import { forbidden } from "../http/problem";

/**
 * Who sees what inside a team — the one rule every route goes through.
 *
 * With the team setting "owner" (the default), a salesperson sees a colleague's customer's existence,
 * name, owner, tier and pool state — enough not to chase the same buyer (撞单) — but not its
 * contacts, threads, orders, notes or explanation: clients hand over drawings and prices, and
 * salespeople fear colleagues taking their customers. Managers and admins see everything; pool
 * customers and customers nobody owns are everyone's; "team" shows everything to every member.
 */
export interface Viewer {
	memberId: string;
	seesAll: boolean;
}

export function viewerOf(auth: AuthContext): Viewer {
	const role = auth.member.role;
	return {
		memberId: auth.member.id,
		seesAll: role === "admin" || role === "manager" || auth.team.visibility === "team",
	};
}

/** May the viewer read (and work on) the customer in full? */
export function seesInFull(viewer: Viewer, c: { ownerId: string | null; inPool: boolean }): boolean {
	return viewer.seesAll || c.inPool || c.ownerId === null || c.ownerId === viewer.memberId;
}

/** The same rule as SQL over `customers`, for searches that must not reveal what is hidden; undefined: no limit. */
export function seenInFullSql(viewer: Viewer): SQL | undefined {
	if (viewer.seesAll) return undefined;
	return or(
		sql`${customers.inPool} = 1`,
		sql`${customers.ownerId} IS NULL`,
		sql`${customers.ownerId} = ${viewer.memberId}`,
	);
}

/**
 * Identity kinds a restricted customer keeps: the company's domain and its platform buyer id, which
 * say "this buyer is a colleague's" on the page the viewer is already on, but reach nobody. Emails,
 * phones and account numbers are contacts and stay hidden.
 */
const SHOWN_KINDS = new Set(["domain", "buyer_id"]);

/** The customer as this viewer may see it: in full, or restricted (`restricted: true`, contact data removed). */
export function shownTo<T extends Customer>(viewer: Viewer, customer: T): T {
	if (seesInFull(viewer, { ownerId: customer.owner?.id ?? null, inPool: customer.inPool })) return customer;
	return {
		...customer,
		currentValue: 0,
		potentialValue: 0,
		churn: { flag: false, severity: "none" },
		identities: customer.identities.filter((i) => SHOWN_KINDS.has(i.kind)),
		contactNames: [],
		lastInteractionAt: null,
		awaitingReply: null,
		followUp: null,
		restricted: true,
	};
}

/** A detail answer: restricted detail drops contacts, threads, orders, notes and the explanation. */
export function detailShownTo(viewer: Viewer, detail: CustomerDetail): CustomerDetail {
	const shown = shownTo(viewer, detail);
	if (!shown.restricted) return detail;
	return { ...shown, contacts: [], interactions: [], orders: [], notes: [], explanation: null };
}

/** A lookup match as this viewer may see it (churn is read from orders and threads, so it goes too). */
export function matchShownTo(viewer: Viewer, match: LookupMatch): LookupMatch {
	if (seesInFull(viewer, match)) return match;
	return { ...match, churn: false, restricted: true };
}

/** 403 unless the viewer may work on the customer; `what` says what was refused. */
export function requireFullAccess(
	viewer: Viewer,
	c: { ownerId: string | null; inPool: boolean },
	what: string,
): void {
	if (!seesInFull(viewer, c)) {
		throw forbidden(
			`${what} is for the customer's owner, managers and admins; ask the owner, or send a transfer request`,
		);
	}
}
