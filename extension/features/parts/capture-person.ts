/**
 * An in-page Gmail capture: the page as the content script reads it now (thread, signatures
 * and all) and the person clicked, in ONE message; the background builds the request from it.
 * The person's mark then shows the capture's provisional tier until sync confirms it.
 */
import type { OwnAccount } from "../../../shared/capture/never-a-lead";
import type { Runtime } from "../../runtime/feature";
import { extractGmailPage } from "../../sites/gmail";
import { provisionalMatch } from "./provisional-match";

export async function capturePerson(
	runtime: Runtime,
	person: { name?: string; email: string },
	own: OwnAccount,
): Promise<boolean> {
	const page = extractGmailPage(runtime.doc, { url: runtime.url() });
	const reply = await runtime.send("capturePage", { page, person, ownEmails: own.emails });
	if (!reply) return false;
	runtime.lookups.update(
		{ email: person.email },
		provisionalMatch(reply, person.name ?? person.email, "email"),
	);
	return true;
}
