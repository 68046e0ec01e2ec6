import type { ResolvedMapping } from "../../shared/import/guess-mapping";
import { IMPORT_LIMITS, type ImportSummary, type RowProblem } from "../../shared/import/wire";
import type { NewJob } from "../rescore/jobs";
import type { CustomerPlan } from "./plan-customers";
import type { OrderPlan } from "./plan-orders";
import type { ReadRows } from "./read-rows";

export interface SummaryParts {
	importId: string;
	/** Records in the file (blank lines not counted). */
	records: number;
	state: ImportSummary["state"];
	mapping: ResolvedMapping;
	read: ReadRows;
	customers: CustomerPlan;
	orders: OrderPlan;
	problems: RowProblem[];
	job: NewJob | null;
	settingsVersion: number;
}

/** The answer to an import: counts, the mapping used, and the problems and warnings (the first 500 of each). */
export function summarize(parts: SummaryParts): ImportSummary {
	const { read, customers, orders, problems, job } = parts;
	const planned = [...customers.customers.values()];
	const warnings = [...read.warnings, ...customers.warnings, ...orders.warnings].sort(
		(a, b) => a.row - b.row,
	);
	return {
		importId: parts.state === "committed" ? parts.importId : null,
		state: parts.state,
		rows: parts.records,
		customerRows: read.customerRows,
		orderRows: read.orderRows,
		customers: {
			created: planned.filter((p) => p.before === null).length,
			matched: planned.filter((p) => p.before !== null).length,
		},
		contacts: { added: customers.newContacts.length, updated: customers.contactUpdates.size },
		identities: { added: customers.identities.length },
		orders: { added: orders.orders.length, duplicates: orders.duplicates },
		mapping: parts.mapping.columns.map((c) => ({ header: c.header, field: c.field })),
		notes: parts.mapping.notes,
		problems: problems.slice(0, IMPORT_LIMITS.listed),
		problemCount: problems.length,
		warnings: warnings.slice(0, IMPORT_LIMITS.listed),
		warningCount: warnings.length,
		// The route answers the job's live progress; this is what the import's record keeps.
		job:
			job === null
				? null
				: {
						id: job.id,
						state: "running",
						total: job.total ?? 0,
						done: 0,
						settingsVersion: parts.settingsVersion,
					},
	};
}
