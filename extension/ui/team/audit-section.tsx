import { useState } from "preact/hooks";
import { writeCsv } from "../../../shared/csv/write-csv";
import type { AuditEntry } from "../../../shared/schema/audit";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatDateTime } from "../format";
import { downloadText } from "./handover-report";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const ENTITIES = ["customer", "member", "token", "invitation", "team", "import"];
/** Rows an export fetches at most (100 pages of 100). */
const EXPORT_PAGES = 100;

interface Filters {
	actorId: string;
	entity: string;
	entityId: string;
	from: string;
	to: string;
}

const query = (f: Filters, extra: Record<string, string> = {}) =>
	Object.fromEntries(Object.entries({ ...f, ...extra }).filter(([, v]) => v.trim() !== ""));

/** A short, text-only summary of what changed (never rendered as HTML). */
function summary(entry: AuditEntry): string {
	const text = JSON.stringify(entry.after ?? entry.before ?? "");
	return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** The audit log: filter by who, what, customer (record id) and date; page on; export as CSV. */
export function AuditSection() {
	const { client } = useTeam();
	const members = useLoaded(() => client.members(), [client]);
	const [filters, setFilters] = useState<Filters>({
		actorId: "",
		entity: "",
		entityId: "",
		from: "",
		to: "",
	});
	const [applied, setApplied] = useState(filters);
	const [more, setMore] = useState<AuditEntry[]>([]);
	const [cursor, setCursor] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const page = useLoaded(async () => {
		const first = await client.audit(query(applied, { limit: "100" }));
		setMore([]);
		setCursor(first.nextCursor);
		return first;
	}, [client, applied]);

	const loadMore = async () => {
		if (!cursor) return;
		try {
			const next = await client.audit(query(applied, { limit: "100", cursor }));
			setMore([...more, ...next.items]);
			setCursor(next.nextCursor);
		} catch (e) {
			setError(describeFailure(e));
		}
	};
	const exportCsv = async () => {
		setError(null);
		try {
			const rows: AuditEntry[] = [];
			let next: string | null = null;
			for (let i = 0; i < EXPORT_PAGES; i++) {
				const answer = await client.audit(
					query(applied, { limit: "100", ...(next ? { cursor: next } : {}) }),
				);
				rows.push(...answer.items);
				next = answer.nextCursor;
				if (!next) break;
			}
			const csv = writeCsv([
				["at", "actor", "action", "entity", "entity_id", "before", "after"],
				...rows.map((e) => [
					e.at,
					e.actorName ?? "",
					e.action,
					e.entity,
					e.entityId ?? "",
					JSON.stringify(e.before ?? null),
					JSON.stringify(e.after ?? null),
				]),
			]);
			downloadText(`audit-${new Date().toISOString().slice(0, 10)}.csv`, csv);
		} catch (e) {
			setError(describeFailure(e));
		}
	};

	const onInput = (name: keyof Filters) => (e: { currentTarget: HTMLInputElement }) =>
		setFilters({ ...filters, [name]: e.currentTarget.value });
	const dateField = (name: "from" | "to", label: string) => (
		<label class="field">
			<span>{label}</span>
			<input name={name} type="date" value={filters[name]} onInput={onInput(name)} />
		</label>
	);
	const entries = page.state.kind === "ready" ? [...page.state.value.items, ...more] : [];
	return (
		<section data-testid="audit">
			<h2>{t("audit.title")}</h2>
			<form
				class="audit-filters"
				onSubmit={(event) => {
					event.preventDefault();
					setApplied(filters);
				}}
			>
				<label class="field">
					<span>{t("audit.who")}</span>
					<select
						name="actorId"
						value={filters.actorId}
						onChange={(e) => setFilters({ ...filters, actorId: e.currentTarget.value })}
					>
						<option value="">{t("audit.anyone")}</option>
						{members.state.kind === "ready" &&
							members.state.value.items.map((m) => (
								<option key={m.id} value={m.id}>
									{m.name}
								</option>
							))}
					</select>
				</label>
				<label class="field">
					<span>{t("audit.what")}</span>
					<select
						name="entity"
						value={filters.entity}
						onChange={(e) => setFilters({ ...filters, entity: e.currentTarget.value })}
					>
						<option value="">{t("audit.anything")}</option>
						{ENTITIES.map((entity) => (
							<option key={entity} value={entity}>
								{entity}
							</option>
						))}
					</select>
				</label>
				<label class="field">
					<span>{t("audit.record")}</span>
					<input name="entityId" value={filters.entityId} onInput={onInput("entityId")} />
				</label>
				{dateField("from", t("audit.from"))}
				{dateField("to", t("audit.to"))}
				<div class="buttons">
					<button type="submit" class="primary">
						{t("audit.apply")}
					</button>
					<button type="button" onClick={() => void exportCsv()}>
						{t("audit.export")}
					</button>
				</div>
			</form>
			{error && <p class="error">{error}</p>}
			{page.state.kind === "failed" && <p class="error">{page.state.detail}</p>}
			{page.state.kind === "ready" && entries.length === 0 && <p class="muted">{t("audit.none")}</p>}
			{entries.length > 0 && (
				<div class="table-scroll">
					<table class="team-table">
						<thead>
							<tr>
								<th>{t("audit.at")}</th>
								<th>{t("audit.who")}</th>
								<th>{t("audit.action")}</th>
								<th>{t("audit.record")}</th>
								<th>{t("audit.change")}</th>
							</tr>
						</thead>
						<tbody>
							{entries.map((entry) => (
								<tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
									<td>{formatDateTime(entry.at)}</td>
									<td>{entry.actorName ?? t("audit.system")}</td>
									<td>{entry.action}</td>
									<td class="small">{entry.entityId}</td>
									<td class="small muted audit-change">{summary(entry)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			{cursor && (
				<button type="button" onClick={() => void loadMore()}>
					{t("audit.more")}
				</button>
			)}
		</section>
	);
}
