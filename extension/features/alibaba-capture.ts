/**
 * Saving an Alibaba buyer: in one click when every detail came from page state, attributes or
 * labels; otherwise the page goes to the side panel, which asks the user to confirm the details
 * read from free text before anything is saved.
 */
import type { LookupMatch } from "../../shared/schema/lookup";
import type { PageCapture } from "../../shared/schema/page-capture";
import type { Runtime } from "../runtime/feature";
import { alibabaCaptureRequest, buyerKeys } from "../sites/alibaba";
import type { ShownMatch } from "./parts/tier-tooltip";

export type CaptureOutcome = "saved" | "review" | "failed";

export async function captureBuyer(runtime: Runtime, capture: PageCapture): Promise<CaptureOutcome> {
	const request = alibabaCaptureRequest(capture);
	const contact = capture.contacts[0];
	if (request === null || contact === undefined) return "failed";
	if (capture.unconfirmed.length > 0) {
		// Open first, while the click still counts as the user's gesture; the panel shows the
		// page as soon as it is stored.
		const [stored] = await Promise.all([
			runtime.send("pageCaptured", { capture }),
			runtime.send("openSidePanel", {}),
		]);
		return stored ? "review" : "failed";
	}
	const reply = await runtime.send("capture", { request });
	if (!reply) return "failed";
	const keys = buyerKeys(contact);
	const match = provisionalBuyerMatch(reply, contact.name ?? keys.buyerId ?? keys.email ?? "");
	if (keys.buyerId) runtime.lookups.updateBuyer(keys.buyerId, { ...match, matchedBy: "buyer_id" });
	if (keys.email) runtime.lookups.update(keys.email, { ...match, matchedBy: "email" });
	return "saved";
}

/** What the capture's local answer tells until the server's canonical record syncs. */
export function provisionalBuyerMatch(
	reply: { localId: string; customerId: string | null; tier: string; tierLabel: string },
	name: string,
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
		matchedBy: "buyer_id",
	};
	return { ...match, provisional: reply.customerId === null };
}
