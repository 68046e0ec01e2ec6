import type { CaptureSource } from "../../shared/schema/common";
import type { CustomerRow } from "../customers/view";
import type { NormalizedCompany } from "./normalize-capture";

/**
 * The row of a customer first seen in a capture or an import row: named and described by what
 * came in (and `source`, how it came in), owned by whoever brought it, a lead with nothing scored
 * yet (the caller scores it).
 */
export function newCustomerRow(
	id: string,
	teamId: string,
	named: { name: string; nameSource: string },
	source: CaptureSource,
	company: NormalizedCompany,
	ownerId: string,
	at: string,
): CustomerRow {
	return {
		id,
		teamId,
		...named,
		domain: company.domain ?? null,
		country: company.country ?? null,
		website: company.website ?? null,
		buyerType: company.buyerType ?? null,
		size: company.size ?? null,
		status: "lead",
		ownerId,
		ownerSince: at,
		handover: null,
		inPool: false,
		poolSince: null,
		tier: "lead",
		currentValue: 0,
		potentialValue: 0,
		churnFlag: false,
		churnSeverity: "none",
		churnReason: null,
		explanation: null,
		signals: "{}",
		revenue12mUsd: 0,
		modelVersion: 0,
		settingsVersion: 0,
		scoredAt: null,
		lastInteractionAt: null,
		awaitingReply: null,
		lastOrderAt: null,
		possibleDuplicate: null,
		poolPreviousOwnerId: null,
		claimedAt: null,
		source,
		version: 1,
		syncSeq: 0,
		createdAt: at,
		updatedAt: at,
		deletedAt: null,
	};
}

/** An existing customer nobody owns (and not left in the pool) goes to whoever captures or imports it. */
export function goesToWhoeverBringsIt(row: Pick<CustomerRow, "ownerId" | "inPool">): boolean {
	return row.ownerId === null && !row.inPool;
}
