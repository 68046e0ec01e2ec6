/**
 * "Same company?" for a customer kept apart because it shares only a phone number with another
 * company's customer: Link merges it into that customer, Keep separate clears the question.
 * The answer is stored and audited by the API.
 */
import type { Customer } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import { formatPhone } from "../format-phone";
import { useAction } from "../hooks";
import { usePanel } from "./context";

export function PossibleDuplicateNotice({
	customer,
	onDecided,
}: {
	customer: Customer;
	onDecided: () => void;
}) {
	const { api, syncNow, navigate } = usePanel();
	const other = customer.possibleDuplicateOf;
	const decide = useAction(async (decision: "link" | "separate") => {
		const answer = await (await api()).decidePossibleDuplicate(customer.id, decision, customer.version);
		await syncNow();
		if (answer.id !== customer.id) navigate({ name: "customer", id: answer.id });
		else onDecided();
	});
	if (!other) return null;
	const key = other.matchedBy.kind === "phone" ? formatPhone(other.matchedBy.value) : other.matchedBy.value;
	return (
		<div class="notice duplicate" data-testid="possible-duplicate-notice">
			<p>
				{t("duplicate.question", { key })} <bdi>{other.name}</bdi>
			</p>
			<p class="muted small">{t("duplicate.explain")}</p>
			<div class="row wrap">
				<button type="button" class="primary" disabled={decide.busy} onClick={() => void decide.run("link")}>
					{t("duplicate.link")}
				</button>
				<button type="button" disabled={decide.busy} onClick={() => void decide.run("separate")}>
					{t("duplicate.separate")}
				</button>
			</div>
			{decide.error && <p class="error">{decide.error}</p>}
		</div>
	);
}
