import { countryCode } from "../../shared/normalize/country";
import { emailDomain } from "../../shared/normalize/email";
import { isFreeMailDomain } from "../../shared/normalize/free-mail";
import type { CaptureRequestParsed } from "../../shared/schema/capture";
import { defaultScoringSettings, scoreCustomer } from "../../shared/scoring";
import type { ScoringInput } from "../../shared/scoring/types";
import type { Provisional } from "../store/captures";

/** What the scoring engine can know about a new lead from the capture alone. */
export function scoringInputOf(request: CaptureRequestParsed, now: Date): ScoringInput {
	const { company, thread, signals, source } = request;
	const domain = company.domain ?? (request.contact.email ? emailDomain(request.contact.email) : null);
	const country = company.country ? countryCode(company.country) : null;
	const fallbackDate = thread?.occurredAt ?? now.toISOString();
	const messages = thread?.messages ?? [];
	const interactions = (messages.length > 0 ? messages : [{ date: undefined, direction: undefined }]).map(
		(m) => ({
			source,
			kind: thread?.kind ?? "note",
			date: m.date ?? fallbackDate,
			...(m.direction ? { direction: m.direction } : {}),
		}),
	);
	return {
		orders: [],
		interactions: thread ? interactions : [],
		inquiries: signals?.inquiry ? [signals.inquiry] : [],
		company: {
			...(company.buyerType ? { buyerType: company.buyerType } : {}),
			...(company.size ? { size: company.size } : {}),
			...(company.website ? { website: company.website } : {}),
			...(country ? { country } : {}),
			...(domain ? { corporateDomain: !isFreeMailDomain(domain) } : {}),
		},
		platform: signals?.platform ?? {},
	};
}

/**
 * The tier shown the moment a capture is made, from the shared engine with default settings;
 * the server's answer (team settings, merged history) replaces it when the capture syncs.
 */
export function provisionalScore(request: CaptureRequestParsed, now: Date = new Date()): Provisional {
	const score = scoreCustomer(scoringInputOf(request, now), defaultScoringSettings, now);
	return { tier: score.tier, current: score.current, potential: score.potential, churn: score.churn };
}
