/**
 * One capture path: identity keys and what each proves, corporate domains, who is never a lead,
 * which record a contact is, and page → capture request. Content scripts import the table-only
 * files directly (bulk-mail, free-mail-host, never-a-lead, keys) to stay small.
 */
export { hasBulkHeaders, isBulkSender, mentionsUnsubscribe } from "./bulk-mail";
export {
	buildCaptureRequest,
	type CaptureValidation,
	type ContactDraft,
	DRAFT_FIELDS,
	draftFromContact,
	emptyDraft,
	toThreadInput,
	unconfirmedFields,
	validateCapture,
} from "./capture-request";
export { corporateDomain } from "./corporate-domain";
export { isFreeMailHost } from "./free-mail-host";
export { type IdentityInput, identityKeys, normalizeBuyerId } from "./identity-keys";
export { inPageCaptureRequest, type PagePerson } from "./in-page-capture";
export { type IdentityKey, KEY_STRENGTH, type KeyKind, keyRank, MATCH_PRIORITY } from "./keys";
export { type ContactCompany, decideMatch, type KeyHolder, type MatchDecision } from "./match";
export {
	isNeverLead,
	isOwnOrColleague,
	type LeadEvidence,
	type OwnAccount,
	ownAccountOf,
	sameOrganisation,
} from "./never-a-lead";
