import {
	BaselineBuilder,
	type CustomerScore,
	type ScoringSettings,
	scoreCustomer,
	type TeamBaseline,
} from "../../shared/scoring";
import type { Db } from "../db/client";
import { baselineInputs, type CompanyRow, eachCompanyPage } from "./baseline-pass";

/**
 * What-if scoring (nothing is written): the team as it would be scored with `settings` at `now`.
 * First the baseline, from one keyset pass over the whole team (pausing between pages); then any
 * page of customers can be scored against it. The tier summary as of a day and the customer
 * export as of a day both go through here, so their tiers agree.
 */
export async function whatIfBaseline(
	db: Db,
	teamId: string,
	settings: ScoringSettings,
	now: Date,
): Promise<TeamBaseline> {
	const builder = new BaselineBuilder(settings, now);
	await eachCompanyPage(db, teamId, async (page) => {
		for (const input of await baselineInputs(db, teamId, page, now, settings.engagementWindowDays)) {
			builder.add(input);
		}
	});
	return builder.finish();
}

/** Scores of a page of the team's customers at `now`, in the page's order. */
export async function scoreWhatIf(
	db: Db,
	teamId: string,
	page: CompanyRow[],
	settings: ScoringSettings,
	now: Date,
	baseline: TeamBaseline,
): Promise<CustomerScore[]> {
	const inputs = await baselineInputs(db, teamId, page, now, settings.engagementWindowDays);
	return inputs.map((input) => scoreCustomer(input, settings, now, baseline));
}

/** The end of day `asOf` (YYYY-MM-DD), the instant an as-of score is taken at. */
export function endOfDay(asOf: string): Date {
	return new Date(`${asOf}T23:59:59.999Z`);
}
