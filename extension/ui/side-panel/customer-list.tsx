import { useEffect, useRef, useState } from "preact/hooks";
import type { Customer } from "../../../shared/schema/customer";
import { t } from "../../i18n";
import { searchCustomers } from "../../store/customers";
import type { CachedCustomer } from "../../store/db";
import { describeFailure } from "../../sync/api-error";
import { useLive } from "../hooks";
import { Isolated } from "../isolated";
import { usePanel } from "./context";
import { CustomerTier } from "./customer-status";
import { NewToYouChip } from "./new-to-you";

export const LIST_PAINTED_MARK = "tierline:customer-list-painted";
const SERVER_SEARCH_DELAY_MS = 350;

/** Search over the team's customers: the local cache answers at once, then the API adds the rest. */
export function CustomerList() {
	const { db, navigate } = usePanel();
	const [query, setQuery] = useState("");
	const local = useLive<CachedCustomer[] | null>(() => searchCustomers(db, query, 50), [query], null);
	const remote = useServerSearch(query);
	const localIds = new Set((local ?? []).map((c) => c.id));
	const extra = remote.items.filter((c) => !localIds.has(c.id));
	usePaintedMark(local !== null);

	return (
		<div data-testid="customer-list">
			<input
				type="search"
				class="search"
				placeholder={t("search.placeholder")}
				value={query}
				onInput={(event) => setQuery(event.currentTarget.value)}
			/>
			{local === null ? (
				<p class="muted">{t("common.loading")}</p>
			) : local.length === 0 && extra.length === 0 ? (
				<p class="muted">{query ? t("search.none") : t("search.empty")}</p>
			) : null}
			<ul class="rows">
				{(local ?? []).map((customer) => (
					<CustomerRow
						key={customer.id}
						customer={customer}
						onOpen={() => navigate({ name: "customer", id: customer.id })}
					/>
				))}
				{extra.map((customer) => (
					<CustomerRow
						key={customer.id}
						customer={customer}
						onOpen={() => navigate({ name: "customer", id: customer.id })}
					/>
				))}
			</ul>
			{remote.error && <p class="muted small">{t("search.serverFailed", { reason: remote.error })}</p>}
			<button type="button" onClick={() => navigate({ name: "manual" })}>
				{t("capture.manual")}
			</button>
		</div>
	);
}

function CustomerRow({ customer, onOpen }: { customer: Customer; onOpen: () => void }) {
	const owner = customer.inPool ? t("customer.pool") : (customer.owner?.name ?? t("customer.noOwnerShort"));
	// (owner is shown isolated below: a right-to-left name must not reorder the row)
	return (
		<li class="row" data-testid="customer-row">
			<CustomerTier customer={customer} />
			<button type="button" class="link name" onClick={onOpen}>
				<Isolated>{customer.name}</Isolated>
			</button>
			<Isolated class="muted small">{owner}</Isolated>
			{customer.churn.flag && <span class="warning small">{t("customer.churnShort")}</span>}
			<NewToYouChip customer={customer} />
		</li>
	);
}

/** Debounced GET /v1/customers?q= for what the cache may not hold; failures only noted. */
function useServerSearch(query: string) {
	const { api } = usePanel();
	const [state, setState] = useState<{ items: Customer[]; error: string | null }>({ items: [], error: null });
	useEffect(() => {
		const q = query.trim();
		if (!q) {
			setState({ items: [], error: null });
			return;
		}
		let cancelled = false;
		const timer = setTimeout(async () => {
			try {
				const list = await (await api()).listCustomers(q, 50);
				if (!cancelled) setState({ items: list.items, error: null });
			} catch (error) {
				if (!cancelled) setState({ items: [], error: describeFailure(error) });
			}
		}, SERVER_SEARCH_DELAY_MS);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [query, api]);
	return state;
}

/** Marks the first frame with a view painted (the side panel benchmarks measure to it). */
export function usePaintedMark(ready: boolean, mark: string = LIST_PAINTED_MARK) {
	const marked = useRef(false);
	useEffect(() => {
		if (!ready || marked.current) return;
		marked.current = true;
		requestAnimationFrame(() => performance.mark(mark));
	}, [ready, mark]);
}
