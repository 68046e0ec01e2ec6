/**
 * Saving an Alibaba buyer in one click: what the page showed for sure (page state, attributes,
 * labels) is saved at once; details read only from free text are left out of it and wait in
 * the side panel, marked for the user to check. When nothing sure is left to save (no name,
 * id or email), the side panel opens instead.
 */
import type { PageCapture } from "../../shared/schema/page-capture";
import type { Runtime } from "../runtime/feature";
import { buyerKeys, confirmedOnly } from "../sites/alibaba";
import { provisionalMatch } from "./parts/provisional-match";

/** "partly": saved, with details from free text left for the side panel. */
export type CaptureOutcome = "saved" | "partly" | "review" | "failed";

export async function captureBuyer(runtime: Runtime, capture: PageCapture): Promise<CaptureOutcome> {
	const sure = confirmedOnly(capture);
	const contact = sure.contacts[0];
	if (contact === undefined || !(contact.name || contact.email || contact.buyerId))
		return review(runtime, capture);
	const keys = buyerKeys(contact);
	const person = { name: contact.name, email: keys.email, buyerId: keys.buyerId };
	const reply = await runtime.send("capturePage", { page: sure, person, ownEmails: [] });
	if (!reply) return "failed";
	const name = contact.name ?? keys.buyerId ?? keys.email ?? "";
	runtime.lookups.update(keys, provisionalMatch(reply, name, keys.buyerId ? "buyer_id" : "email"));
	return capture.unconfirmed.length > 0 ? "partly" : "saved";
}

/** The side panel shows the page and asks the user to confirm before anything is saved. */
async function review(runtime: Runtime, capture: PageCapture): Promise<CaptureOutcome> {
	if (capture.contacts.length === 0) return "failed";
	// Open first, while the click still counts as the user's gesture.
	const [stored] = await Promise.all([
		runtime.send("pageCaptured", { capture }),
		runtime.send("openSidePanel", {}),
	]);
	return stored ? "review" : "failed";
}
