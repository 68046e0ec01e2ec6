import { useState } from "preact/hooks";
import type { CustomerDetail } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatDate, formatMoney } from "../format";
import { useAction } from "../hooks";
import { usePanel } from "./context";

function today(): string {
	return new Date().toISOString().slice(0, 10);
}

/** Orders feed current value; adding one re-scores the customer on the server. */
export function CustomerOrders({
	detail,
	onChanged,
}: {
	detail: CustomerDetail;
	onChanged: () => Promise<void>;
}) {
	const { api, syncNow } = usePanel();
	const [form, setForm] = useState({ amount: "", currency: "USD", date: today(), reference: "" });
	const add = useAction(async () => {
		const amount = Number(form.amount);
		if (!Number.isFinite(amount) || form.amount.trim() === "") throw new Error(t("orders.badAmount"));
		try {
			await (await api()).addOrder(detail.id, {
				amount,
				currency: form.currency.trim().toUpperCase(),
				date: form.date,
				...(form.reference.trim() ? { reference: form.reference.trim() } : {}),
			});
		} catch (error) {
			throw new Error(describeFailure(error));
		}
		setForm({ ...form, amount: "", reference: "" });
		await onChanged();
		await syncNow();
	});
	const orders = [...detail.orders].sort((a, b) => b.date.localeCompare(a.date));
	return (
		<section>
			<h3>{t("orders.title")}</h3>
			{orders.length === 0 && <p class="muted">{t("common.none")}</p>}
			<ul class="rows">
				{orders.map((o) => (
					<li key={o.id} class={o.cancelled ? "cancelled" : undefined}>
						{formatDate(o.date)} · {formatMoney(o.amount, o.currency)}
						{o.currency !== "USD" && <span class="muted small"> ({formatMoney(o.amountUsd, "USD")})</span>}
						{o.reference && <span class="muted small"> · {o.reference}</span>}
						{o.cancelled && <span class="muted small"> · {t("orders.cancelled")}</span>}
					</li>
				))}
			</ul>
			<form
				class="inline-form"
				onSubmit={(event) => {
					event.preventDefault();
					void add.run();
				}}
			>
				<input
					name="amount"
					inputMode="decimal"
					placeholder={t("orders.amount")}
					value={form.amount}
					onInput={(e) => setForm({ ...form, amount: e.currentTarget.value })}
				/>
				<input
					name="currency"
					class="short"
					maxLength={3}
					value={form.currency}
					onInput={(e) => setForm({ ...form, currency: e.currentTarget.value })}
				/>
				<input
					name="date"
					type="date"
					value={form.date}
					onInput={(e) => setForm({ ...form, date: e.currentTarget.value })}
				/>
				<input
					name="reference"
					placeholder={t("orders.reference")}
					value={form.reference}
					onInput={(e) => setForm({ ...form, reference: e.currentTarget.value })}
				/>
				<button type="submit" disabled={add.busy}>
					{t("orders.add")}
				</button>
			</form>
			{add.error && <p class="error">{add.error}</p>}
		</section>
	);
}
