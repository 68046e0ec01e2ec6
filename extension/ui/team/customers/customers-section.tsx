import { useEffect, useMemo, useState } from "preact/hooks";
import type { CustomerFilterParams } from "../../../../shared/schema/customer-filters";
import { BULK_CUSTOMERS_MAX, type TeamCustomerSort } from "../../../../shared/schema/team-customers";
import { type MessageKey, t } from "../../../i18n";
import { describeFailure } from "../../../sync/api-error";
import { formatAmount, formatCount, formatCountry, formatDate } from "../../format";
import { TierBadge } from "../../tier-badge";
import { displayTierLabel } from "../../tier-label";
import { churnName } from "../dashboard/churn-card";
import { downloadBlob } from "../handover-report";
import { useTeam } from "../team-context";
import { useLoaded } from "../use-loaded";
import { BulkBar, type Outcome } from "./bulk-bar";
import { CustomerFilters, sourceName } from "./customer-filters";

const PAGE_SIZE = 50;
const SORTS: TeamCustomerSort[] = ["name", "revenue", "lastContact", "created"];

/**
 * The team's customers (GET /v1/team/customers): filters, search, sort, keyset pages; select many
 * to transfer or release; export what the filters show (managers and admins).
 */
export function CustomersSection() {
	const { client, me } = useTeam();
	const managing = me.member.role === "admin" || me.member.role === "manager";
	const members = useLoaded(() => client.members(), [client]);
	const memberList = members.state.kind === "ready" ? members.state.value.items : [];
	const [filters, setFilters] = useState<CustomerFilterParams>({});
	const [sort, setSort] = useState<{ by: TeamCustomerSort; dir: "asc" | "desc" }>({ by: "name", dir: "asc" });
	/** The cursors of the pages up to the one shown ("" for the first). */
	const [cursors, setCursors] = useState<string[]>([""]);
	const [selected, setSelected] = useState<Map<string, number>>(new Map());
	const [outcome, setOutcome] = useState<Outcome | null>(null);
	const [exporting, setExporting] = useState(false);
	const [total, setTotal] = useState<number | null>(null);
	const cursor = cursors.at(-1) ?? "";
	const query = useMemo(() => {
		const q: Record<string, string> = { ...filters, sort: sort.by, dir: sort.dir, limit: String(PAGE_SIZE) };
		if (cursor) q.cursor = cursor;
		return q;
	}, [filters, sort, cursor]);
	const page = useLoaded(() => client.teamCustomers(query), [client, query]);
	useEffect(() => {
		if (page.state.kind === "ready" && page.state.value.total !== null) setTotal(page.state.value.total);
	}, [page.state]);

	const restart = () => {
		setCursors([""]);
		setSelected(new Map());
	};
	const toggle = (id: string, version: number) =>
		setSelected((s) => {
			const next = new Map(s);
			if (next.has(id)) next.delete(id);
			else if (next.size < BULK_CUSTOMERS_MAX) next.set(id, version);
			return next;
		});
	const download = async (format: "csv" | "xlsx") => {
		setExporting(true);
		try {
			const { file, filename } = await client.exportCustomers({ ...filters, format });
			downloadBlob(filename, file);
			setOutcome({ kind: "ok", text: t("customers.exported", { filename }) });
		} catch (error) {
			setOutcome({ kind: "refused", text: describeFailure(error), reasons: [] });
		} finally {
			setExporting(false);
		}
	};

	const rows = page.state.kind === "ready" ? page.state.value.items : [];
	const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
	return (
		<section data-testid="customers">
			<CustomerFilters
				applied={filters}
				members={memberList}
				onApply={(next) => {
					setFilters(next);
					restart();
				}}
			/>
			<div class="customer-toolbar">
				<label class="inline-field">
					<span>{t("customers.sort")}</span>
					<select
						name="sort"
						value={`${sort.by}:${sort.dir}`}
						onChange={(e) => {
							const [by, dir] = e.currentTarget.value.split(":") as [TeamCustomerSort, "asc" | "desc"];
							setSort({ by, dir });
							restart();
						}}
					>
						{SORTS.flatMap((by) =>
							(["asc", "desc"] as const).map((dir) => (
								<option key={`${by}:${dir}`} value={`${by}:${dir}`}>
									{t(`customers.sort.${by}` as MessageKey)} · {t(`customers.dir.${dir}` as MessageKey)}
								</option>
							)),
						)}
					</select>
				</label>
				{total !== null && (
					<span class="muted" data-testid="customer-total">
						{t("customers.total", { count: formatCount(total) })}
					</span>
				)}
				{managing && (
					<span class="buttons export">
						<button type="button" disabled={exporting} onClick={() => void download("csv")}>
							{exporting ? t("customers.exporting") : t("customers.export")}
						</button>
						<button type="button" disabled={exporting} onClick={() => void download("xlsx")}>
							{t("customers.exportXlsx")}
						</button>
					</span>
				)}
			</div>
			<BulkBar
				selected={selected}
				members={memberList}
				onDone={(result) => {
					setOutcome(result);
					if (result.kind === "ok") setSelected(new Map());
					void page.reload();
				}}
			/>
			{outcome && (
				<div class={outcome.kind === "ok" ? "ok" : "error"} data-testid="customers-status" role="status">
					<p>{outcome.text}</p>
					{outcome.kind === "refused" && outcome.reasons.length > 0 && (
						<ul>
							{outcome.reasons.map((r) => (
								<li key={r}>{r}</li>
							))}
						</ul>
					)}
				</div>
			)}
			{page.state.kind === "failed" && <p class="error">{t("team.failed", { detail: page.state.detail })}</p>}
			{page.state.kind === "loading" && <p class="muted">{t("team.loading")}</p>}
			{page.state.kind === "ready" && rows.length === 0 && <p class="muted">{t("customers.none")}</p>}
			{rows.length > 0 && (
				<div class="table-scroll">
					<table class="team-table customer-table" data-testid="customer-table">
						<thead>
							<tr>
								<th scope="col">
									<input
										type="checkbox"
										aria-label={t("customers.selectPage")}
										checked={allOnPage}
										onChange={() =>
											setSelected((s) => {
												const next = new Map(s);
												for (const r of rows) {
													if (allOnPage) next.delete(r.id);
													else if (next.size < BULK_CUSTOMERS_MAX) next.set(r.id, r.version);
												}
												return next;
											})
										}
									/>
								</th>
								<th scope="col">{t("customers.col.name")}</th>
								<th scope="col">{t("customers.col.tier")}</th>
								<th scope="col">{t("customers.col.owner")}</th>
								<th scope="col">{t("customers.col.country")}</th>
								<th scope="col" class="num">
									{t("customers.col.revenue")}
								</th>
								<th scope="col">{t("customers.col.lastContact")}</th>
								<th scope="col">{t("customers.col.churn")}</th>
								<th scope="col">{t("customers.col.source")}</th>
								<th scope="col">{t("customers.col.created")}</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((c) => (
								<tr
									key={c.id}
									data-testid="customer-row"
									data-customer={c.id}
									class={selected.has(c.id) ? "selected" : ""}
								>
									<td>
										<input
											type="checkbox"
											aria-label={t("customers.selectOne", { name: c.name })}
											checked={selected.has(c.id)}
											onChange={() => toggle(c.id, c.version)}
										/>
									</td>
									<td class="customer-name">
										<span data-testid="customer-name">{c.name}</span>
										{(c.email ?? c.domain) && <small class="muted">{c.email ?? c.domain}</small>}
									</td>
									<td>
										<TierBadge tier={c.tier} label={displayTierLabel(c.tier)} compact />
									</td>
									<td data-testid="customer-owner">
										{c.inPool ? t("customers.pool") : (c.owner?.name ?? "—")}
									</td>
									<td>{c.country ? formatCountry(c.country) : ""}</td>
									<td class="num">{formatAmount(c.revenue12mUsd, "USD")}</td>
									<td class="nowrap">{formatDate(c.lastInteractionAt)}</td>
									<td class={`churn-${c.churn}`}>{c.churn === "none" ? "" : churnName(c.churn)}</td>
									<td>{c.source ? sourceName(c.source) : ""}</td>
									<td class="nowrap">{formatDate(c.createdAt)}</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			{page.state.kind === "ready" && (cursors.length > 1 || page.state.value.nextCursor) && (
				<nav class="pager" aria-label={t("customers.page", { page: cursors.length })}>
					<button
						type="button"
						disabled={cursors.length <= 1}
						onClick={() => setCursors((c) => c.slice(0, -1))}
					>
						{t("customers.prev")}
					</button>
					<span data-testid="customer-page">{t("customers.page", { page: cursors.length })}</span>
					<button
						type="button"
						disabled={!page.state.value.nextCursor}
						onClick={() => {
							const next = page.state.kind === "ready" ? page.state.value.nextCursor : null;
							if (next) setCursors((c) => [...c, next]);
						}}
					>
						{t("customers.next")}
					</button>
				</nav>
			)}
		</section>
	);
}
