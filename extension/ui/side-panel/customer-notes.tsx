import { useState } from "preact/hooks";
import type { CustomerDetail } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatDateTime } from "../format";
import { useAction } from "../hooks";
import { Isolated } from "../isolated";
import { usePanel } from "./context";

export function CustomerNotes({
	detail,
	onChanged,
}: {
	detail: CustomerDetail;
	onChanged: () => Promise<void>;
}) {
	const { api } = usePanel();
	const [body, setBody] = useState("");
	const add = useAction(async () => {
		if (!body.trim()) return;
		try {
			await (await api()).addNote(detail.id, body.trim());
		} catch (error) {
			throw new Error(describeFailure(error));
		}
		setBody("");
		await onChanged();
	});
	const notes = [...detail.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
	return (
		<section>
			<h3>{t("notes.title")}</h3>
			{notes.length === 0 && <p class="muted">{t("common.none")}</p>}
			<ul class="notes">
				{notes.map((note) => (
					<li key={note.id} data-testid="note">
						<p class="note-body">{note.body}</p>
						<span class="muted small">
							<Isolated>{note.author?.name ?? "?"}</Isolated> · {formatDateTime(note.createdAt)}
						</span>
					</li>
				))}
			</ul>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					void add.run();
				}}
			>
				<textarea
					name="note"
					rows={3}
					placeholder={t("notes.placeholder")}
					value={body}
					onInput={(e) => setBody(e.currentTarget.value)}
				/>
				<button type="submit" disabled={add.busy || !body.trim()}>
					{t("notes.add")}
				</button>
			</form>
			{add.error && <p class="error">{add.error}</p>}
		</section>
	);
}
