import { and, eq, inArray, isNull } from "drizzle-orm";
import { planHandover } from "../../shared/handover/plan-handover";
import type { Tier } from "../../shared/schema/common";
import type { HandoverInput, HandoverPlan } from "../../shared/schema/handover";
import type { TierCounts } from "../../shared/schema/member-overview";
import type { Db } from "../db/client";
import { customers, members } from "../db/schema";
import { type FieldError, invalid, notFound } from "../http/problem";

function emptyCounts(): TierCounts {
	return { platinum: 0, gold: 0, iron: 0, lead: 0 };
}

/** Every member id the input names as a receiver, with the field path that named it. */
function namedReceivers(input: HandoverInput): { id: string; path: string }[] {
	const named = input.receivers.map((id, i) => ({ id, path: `receivers.${i}` }));
	for (const [tier, destination] of Object.entries(input.tiers)) {
		if (destination !== "spread" && destination !== "pool")
			named.push({ id: destination, path: `tiers.${tier}` });
	}
	input.assignments.forEach((a, i) => {
		if (a.to !== "pool") named.push({ id: a.to, path: `assignments.${i}.to` });
	});
	return named;
}

/**
 * The handover of one member's customers as it would happen now: checks the members and customers
 * the input names (422 with field paths), then plans it (shared/handover/plan-handover.ts).
 */
export async function buildHandoverPlan(db: Db, teamId: string, input: HandoverInput): Promise<HandoverPlan> {
	const named = namedReceivers(input);
	const ids = [...new Set([input.fromMemberId, ...named.map((n) => n.id)])];
	const [people, owned] = await Promise.all([
		db
			.select({ id: members.id, name: members.name, active: members.active })
			.from(members)
			.where(and(eq(members.teamId, teamId), inArray(members.id, ids))),
		db
			.select({
				id: customers.id,
				name: customers.name,
				tier: customers.tier,
				revenue12mUsd: customers.revenue12mUsd,
			})
			.from(customers)
			.where(
				and(
					eq(customers.teamId, teamId),
					eq(customers.ownerId, input.fromMemberId),
					eq(customers.inPool, false),
					isNull(customers.deletedAt),
				),
			),
	]);
	const byId = new Map(people.map((p) => [p.id, p]));
	const from = byId.get(input.fromMemberId);
	if (!from) throw notFound("The member whose customers are handed over");

	const errors: FieldError[] = [];
	for (const { id, path } of named) {
		const person = byId.get(id);
		if (id === from.id)
			errors.push({ path, message: "The leaving member can't receive their own customers" });
		else if (!person?.active) errors.push({ path, message: "Not an active member of the team" });
	}
	const ownedIds = new Set(owned.map((c) => c.id));
	input.assignments.forEach((a, i) => {
		if (!ownedIds.has(a.customerId)) {
			errors.push({ path: `assignments.${i}.customerId`, message: "Not a customer of the leaving member" });
		}
	});
	if (errors.length > 0) throw invalid(errors);

	const outcome = planHandover(
		input,
		owned.map((c) => ({ ...c, tier: c.tier as Tier })),
	);
	if (!outcome.ok) throw invalid([{ path: outcome.path, message: outcome.message }], outcome.message);

	const receiverOrder = [...new Set([...input.receivers, ...named.map((n) => n.id)])];
	const counts = new Map(receiverOrder.map((id) => [id, emptyCounts()]));
	const pool = emptyCounts();
	for (const customer of outcome.customers) {
		const target = customer.to === null ? pool : counts.get(customer.to);
		if (target) target[customer.tier] += 1;
	}
	const sum = (c: TierCounts) => c.platinum + c.gold + c.iron + c.lead;
	return {
		from: { id: from.id, name: from.name },
		total: outcome.customers.length,
		receivers: receiverOrder.map((memberId) => {
			const tierCounts = counts.get(memberId) ?? emptyCounts();
			return {
				memberId,
				name: byId.get(memberId)?.name ?? memberId,
				counts: tierCounts,
				total: sum(tierCounts),
			};
		}),
		pool: { counts: pool, total: sum(pool) },
		customers: outcome.customers,
	};
}
