import { useEffect, useState } from "preact/hooks";
import { buyerTypeSchema, companySizeSchema, customerStatusSchema } from "../../../shared/schema/common";
import type { Customer, CustomerDetail, CustomerPatch } from "../../../shared/schema/customer";
import { type MessageKey, t } from "../../i18n";
import { ApiError, describeFailure } from "../../sync/api-error";
import { usePanel } from "./context";

interface Fields {
	name: string;
	website: string;
	country: string;
	buyerType: string;
	size: string;
	status: string;
}

function fieldsOf(c: Customer): Fields {
	return {
		name: c.name,
		website: c.website ?? "",
		country: c.country ?? "",
		buyerType: c.buyerType ?? "",
		size: c.size ?? "",
		status: c.status,
	};
}

/** Only what changed, with the version the user edited (the server answers 409 if it moved on). */
export function patchOf(original: Customer, edited: Fields): CustomerPatch {
	const before = fieldsOf(original);
	const patch: CustomerPatch = { version: original.version };
	const orNull = (v: string) => (v.trim() ? v.trim() : null);
	if (edited.name.trim() && edited.name !== before.name) patch.name = edited.name.trim();
	if (edited.website !== before.website) patch.website = orNull(edited.website);
	if (edited.country !== before.country) patch.country = orNull(edited.country);
	if (edited.buyerType !== before.buyerType)
		patch.buyerType = edited.buyerType ? buyerTypeSchema.parse(edited.buyerType) : null;
	if (edited.size !== before.size) patch.size = edited.size ? companySizeSchema.parse(edited.size) : null;
	if (edited.status !== before.status) patch.status = customerStatusSchema.parse(edited.status);
	return patch;
}

export function CustomerEdit(props: {
	customer: CustomerDetail;
	onSaved: (detail: CustomerDetail) => void;
	onConflict: () => Promise<void>;
}) {
	const { api, syncNow } = usePanel();
	const [fields, setFields] = useState<Fields>(fieldsOf(props.customer));
	const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
	const [busy, setBusy] = useState(false);
	// A newer version arrived (after a conflict or a save): show it, not the stale edit.
	useEffect(() => setFields(fieldsOf(props.customer)), [props.customer.version]);
	const set = (key: keyof Fields) => (event: { currentTarget: { value: string } }) =>
		setFields({ ...fields, [key]: event.currentTarget.value });

	const save = async () => {
		setBusy(true);
		setMessage(null);
		try {
			const saved = await (await api()).patchCustomer(props.customer.id, patchOf(props.customer, fields));
			props.onSaved({ ...props.customer, ...saved });
			setFields(fieldsOf(saved));
			setMessage({ kind: "ok", text: t("edit.saved") });
			await syncNow();
		} catch (error) {
			if (error instanceof ApiError && error.status === 409) {
				await props.onConflict();
				setMessage({ kind: "error", text: t("edit.conflict") });
			} else {
				setMessage({ kind: "error", text: describeFailure(error) });
			}
		} finally {
			setBusy(false);
		}
	};

	const select = (key: "buyerType" | "size" | "status", options: readonly string[], allowEmpty: boolean) => (
		<label class="field">
			<span>{t(`field.${key}`)}</span>
			<select name={key} value={fields[key]} onChange={set(key)}>
				{allowEmpty && <option value="">{t("common.unknown")}</option>}
				{options.map((o) => (
					<option key={o} value={o}>
						{t(`${key}.${o}` as MessageKey)}
					</option>
				))}
			</select>
		</label>
	);

	return (
		<details class="edit">
			<summary>{t("edit.title")}</summary>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					void save();
				}}
			>
				<label class="field">
					<span>{t("field.company")}</span>
					<input name="name" value={fields.name} onInput={set("name")} />
				</label>
				<label class="field">
					<span>{t("field.website")}</span>
					<input name="website" value={fields.website} onInput={set("website")} />
				</label>
				<label class="field">
					<span>{t("field.country")}</span>
					<input name="country" value={fields.country} onInput={set("country")} />
				</label>
				{select("buyerType", buyerTypeSchema.options, true)}
				{select("size", companySizeSchema.options, true)}
				{select("status", customerStatusSchema.options, false)}
				{message && <p class={message.kind}>{message.text}</p>}
				<button type="submit" class="primary" disabled={busy}>
					{t("edit.save")}
				</button>
			</form>
		</details>
	);
}
