import { useState } from "preact/hooks";
import { captureSourceSchema, tierSchema } from "../../../../shared/schema/common";
import { churnSchema } from "../../../../shared/schema/customer";
import type { CustomerFilterParams } from "../../../../shared/schema/customer-filters";
import type { MemberOverview } from "../../../../shared/schema/member-overview";
import { type MessageKey, t } from "../../../i18n";
import { displayTierLabel } from "../../tier-label";
import { churnName } from "../dashboard/churn-card";

export const sourceName = (source: string) => t(`customers.source.${source}` as MessageKey);

type Option = { value: string; label: string };

/** The table's filters and search, edited here and applied together (Apply, or Enter in any field). */
export function CustomerFilters(props: {
	applied: CustomerFilterParams;
	members: MemberOverview[];
	onApply: (filters: CustomerFilterParams) => void;
}) {
	const [draft, setDraft] = useState<CustomerFilterParams>(props.applied);
	const set = (key: keyof CustomerFilterParams, value: string) =>
		setDraft((d) => {
			const next = { ...d };
			if (value === "") delete next[key];
			else next[key] = value;
			return next;
		});
	const select = (key: keyof CustomerFilterParams, label: string, options: Option[]) => (
		<label class="field">
			<span>{label}</span>
			<select name={key} value={draft[key] ?? ""} onChange={(e) => set(key, e.currentTarget.value)}>
				<option value="">{t("customers.filter.any")}</option>
				{options.map((o) => (
					<option key={o.value} value={o.value}>
						{o.label}
					</option>
				))}
			</select>
		</label>
	);
	const date = (key: keyof CustomerFilterParams, label: string) => (
		<label class="field">
			<span>{label}</span>
			<input
				type="date"
				name={key}
				value={draft[key] ?? ""}
				onInput={(e) => set(key, e.currentTarget.value)}
			/>
		</label>
	);
	return (
		<form
			class="customer-filters"
			data-testid="customer-filters"
			onSubmit={(event) => {
				event.preventDefault();
				props.onApply(draft);
			}}
		>
			<label class="field search">
				<span>{t("customers.search")}</span>
				<input
					type="search"
					name="q"
					placeholder={t("customers.searchHint")}
					value={draft.q ?? ""}
					onInput={(e) => set("q", e.currentTarget.value)}
				/>
			</label>
			{select(
				"tier",
				t("customers.filter.tier"),
				tierSchema.options.map((tier) => ({ value: tier, label: displayTierLabel(tier) })),
			)}
			{select(
				"owner",
				t("customers.filter.owner"),
				props.members.map((m) => ({ value: m.id, label: m.name })),
			)}
			{select(
				"churn",
				t("customers.filter.churn"),
				churnSchema.shape.severity.options.map((s) => ({ value: s, label: churnName(s) })),
			)}
			{select("pool", t("customers.filter.pool"), [
				{ value: "true", label: t("customers.filter.inPool") },
				{ value: "false", label: t("customers.filter.owned") },
			])}
			<label class="field country">
				<span>{t("customers.filter.country")}</span>
				<input
					type="text"
					name="country"
					maxLength={2}
					placeholder="DE"
					value={draft.country ?? ""}
					onInput={(e) => set("country", e.currentTarget.value.trim())}
				/>
			</label>
			{select(
				"source",
				t("customers.filter.source"),
				captureSourceSchema.options.map((s) => ({ value: s, label: sourceName(s) })),
			)}
			{date("createdFrom", t("customers.filter.createdFrom"))}
			{date("createdTo", t("customers.filter.createdTo"))}
			{date("lastContactFrom", t("customers.filter.contactFrom"))}
			{date("lastContactTo", t("customers.filter.contactTo"))}
			<div class="buttons">
				<button type="submit" class="primary">
					{t("customers.filter.apply")}
				</button>
				<button
					type="button"
					onClick={() => {
						setDraft({});
						props.onApply({});
					}}
				>
					{t("customers.filter.clear")}
				</button>
			</div>
		</form>
	);
}
