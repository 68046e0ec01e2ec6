import { useState } from "preact/hooks";
import type { PageCapture } from "../../../shared/schema/page-capture";
import { type MessageKey, t } from "../../i18n";
import { sendMessage } from "../../messaging/client";
import {
	buildCaptureRequest,
	type ContactDraft,
	DRAFT_FIELDS,
	emptyDraft,
	validateCapture,
} from "../capture-request";
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
	const capture = useAction(async () => {
		const request = buildCaptureRequest(page, values, { ownEmails: me ? [me.member.email] : [] });
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

	return (
		<form
			class="capture-form"
			onSubmit={(event) => {
				event.preventDefault();
				void capture.run();
			}}
		>
			{unconfirmed.length > 0 && <p class="warning">{t("capture.checkHighlighted")}</p>}
			{DRAFT_FIELDS.map((field) => (
				<label key={field} class={unconfirmed.includes(field) ? "field unconfirmed" : "field"}>
					<span>
						{t(`field.${field}` as MessageKey)}
						{unconfirmed.includes(field) ? ` — ${t("capture.pleaseCheck")}` : ""}
					</span>
					<input
						name={field}
						value={values[field]}
						inputMode={field === "email" ? "email" : "text"}
						onInput={(event) => setValues({ ...values, [field]: event.currentTarget.value })}
					/>
				</label>
			))}
			{issues.length > 0 && <Issues issues={issues} />}
			{capture.error && <p class="error">{capture.error}</p>}
			<button type="submit" class="primary" disabled={capture.busy}>
				{submitLabel}
			</button>
		</form>
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
