import { useId, useState } from "preact/hooks";
import {
	buildCaptureRequest,
	type ContactDraft,
	emptyDraft,
	validateCapture,
} from "../../../shared/capture/capture-request";
import { isOwnOrColleague, ownAccountOf } from "../../../shared/capture/never-a-lead";
import type { PageCapture } from "../../../shared/schema/page-capture";
import { type MessageKey, t } from "../../i18n";
import { sendMessage } from "../../messaging/client";
import { groupCaptureFields } from "../capture-fields";
import { formatCountry } from "../format";
import { useAction } from "../hooks";
import { usePanel } from "./context";

export interface CaptureFormProps {
	page: PageCapture | null;
	draft?: ContactDraft;
	/** Fields the extractor was unsure of: shown highlighted, to confirm or correct. */
	unconfirmed?: Array<keyof ContactDraft>;
	/** Show only the one-click button (with "Edit first") when nothing needs confirming. */
	oneClick?: boolean;
	onCaptured?: (localId: string) => void;
}

/** One-click capture, or the form to confirm and edit a capture first. */
export function CaptureForm({
	page,
	draft,
	unconfirmed = [],
	oneClick = false,
	onCaptured,
}: CaptureFormProps) {
	const { me } = usePanel();
	const [values, setValues] = useState<ContactDraft>(draft ?? emptyDraft());
	const [editing, setEditing] = useState(!oneClick || unconfirmed.length > 0);
	const [issues, setIssues] = useState<string[]>([]);
	const [groups] = useState(() => groupCaptureFields(values, unconfirmed));
	const [showMore, setShowMore] = useState(false);
	const moreId = useId();
	const capture = useAction(async () => {
		const own = ownAccountOf(me ? [me.member.email] : []);
		const request = buildCaptureRequest(page, values, {
			isOwn: (email) => isOwnOrColleague(email, own),
			defaultCountry: me?.team.defaultCountry,
		});
		const checked = validateCapture(request);
		if (!checked.ok) {
			setIssues(checked.issues.map((i) => `${i.path || "contact"}: ${i.message}`));
			return;
		}
		setIssues([]);
		const reply = await sendMessage("capture", { request: checked.request });
		onCaptured?.(reply.localId);
	});
	const submitLabel = unconfirmed.length > 0 ? t("capture.confirmAndCapture") : t("capture.capture");

	if (!editing) {
		return (
			<div class="capture-actions">
				<button type="button" class="primary" disabled={capture.busy} onClick={() => void capture.run()}>
					{t("capture.capture")}
				</button>
				<button type="button" class="link" onClick={() => setEditing(true)}>
					{t("capture.editFirst")}
				</button>
				{capture.error && <p class="error">{capture.error}</p>}
				{issues.length > 0 && <Issues issues={issues} />}
			</div>
		);
	}

	// Once something is typed in a tucked-away field it stays in view: nothing sent is hidden.
	const moreFilled = groups.more.some((field) => values[field].trim() !== "");
	const fieldProps = {
		values,
		unconfirmed,
		onInput: (field: keyof ContactDraft, value: string) => setValues({ ...values, [field]: value }),
	};
	return (
		<form
			class="capture-form"
			onSubmit={(event) => {
				event.preventDefault();
				void capture.run();
			}}
		>
			{unconfirmed.length > 0 && <p class="warning">{t("capture.checkHighlighted")}</p>}
			{groups.shown.map((field) => (
				<Field key={field} field={field} {...fieldProps} />
			))}
			{groups.more.length > 0 && !(showMore && moreFilled) && (
				<button
					type="button"
					class="link more-fields"
					aria-expanded={showMore}
					aria-controls={moreId}
					onClick={() => setShowMore(!showMore)}
				>
					{showMore ? t("capture.fewerFields") : t("capture.moreFields", { count: groups.more.length })}
				</button>
			)}
			{groups.more.length > 0 && (
				<div id={moreId} hidden={!showMore}>
					{groups.more.map((field) => (
						<Field key={field} field={field} {...fieldProps} />
					))}
				</div>
			)}
			{issues.length > 0 && <Issues issues={issues} />}
			{capture.error && <p class="error">{capture.error}</p>}
			<button type="submit" class="primary" disabled={capture.busy}>
				{submitLabel}
			</button>
		</form>
	);
}

interface FieldProps {
	field: keyof ContactDraft;
	values: ContactDraft;
	unconfirmed: Array<keyof ContactDraft>;
	onInput: (field: keyof ContactDraft, value: string) => void;
}

function Field({ field, values, unconfirmed, onInput }: FieldProps) {
	const toConfirm = unconfirmed.includes(field);
	const value = values[field];
	// The ISO code is what is sent; its name in the UI language says which country it is.
	const countryName = field === "country" && value.trim() ? formatCountry(value.trim()) : "";
	return (
		<label class={toConfirm ? "field unconfirmed" : "field"}>
			<span>
				{t(`field.${field}` as MessageKey)}
				{toConfirm ? ` — ${t("capture.pleaseCheck")}` : ""}
			</span>
			<input
				name={field}
				value={value}
				inputMode={field === "email" ? "email" : "text"}
				onInput={(event) => onInput(field, event.currentTarget.value)}
			/>
			{countryName && countryName !== value.trim() && (
				<small class="muted country-name" data-testid="country-name">
					{countryName}
				</small>
			)}
		</label>
	);
}

function Issues({ issues }: { issues: string[] }) {
	return (
		<ul class="error">
			{issues.map((issue) => (
				<li key={issue}>{issue}</li>
			))}
		</ul>
	);
}
