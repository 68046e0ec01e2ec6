/**
 * An in-page one-click capture: the page the content script sent with the click, read for the
 * signature's details (Gmail), turned into a capture request by the shared capture module, and
 * recorded like any capture (Dexie and the outbox in one transaction). Nothing is joined from
 * earlier messages, so a click made right after the page rendered captures the same fields.
 */
import { inPageCaptureRequest } from "../../../shared/capture/in-page-capture";
import { ownAccountOf } from "../../../shared/capture/never-a-lead";
import { captureRequestSchema } from "../../../shared/schema/capture";
import type { ParsedPayload } from "../../messaging/protocol";
import { withTextDetails } from "../../sites/gmail/text-details";

/** The validated capture request for the click, or an Error saying why there is nothing to save. */
export function capturePageRequest(
	payload: ParsedPayload<"capturePage">,
	team: { defaultCountry?: string | null } = {},
) {
	const page = withTextDetails(payload.page, team);
	const request = inPageCaptureRequest(
		page,
		payload.person,
		ownAccountOf(payload.ownEmails),
		team.defaultCountry,
	);
	if (request === null) throw new Error("Nobody to save on this page");
	return captureRequestSchema.parse(request);
}
