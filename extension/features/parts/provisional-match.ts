/** What a capture's local answer tells until the server's canonical record syncs. Site-neutral. */
import type { LookupMatch } from "../../../shared/schema/lookup";
import type { CaptureReply } from "../../messaging/protocol";
import type { ShownMatch } from "./tier-tooltip";

export function provisionalMatch(
	reply: CaptureReply,
	name: string,
	matchedBy: LookupMatch["matchedBy"],
): ShownMatch {
	const tier = (["platinum", "gold", "iron", "lead"] as const).find((x) => x === reply.tier) ?? "lead";
	const match: LookupMatch = {
		customerId: reply.customerId ?? reply.localId,
		name,
		tier,
		tierLabel: reply.tierLabel,
		ownerName: null,
		ownerId: null,
		churn: false,
		inPool: false,
		matchedBy,
	};
	return { ...match, provisional: reply.customerId === null };
}
