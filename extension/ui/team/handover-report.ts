import { writeCsv } from "../../../shared/csv/write-csv";
import type { HandoverResult } from "../../../shared/schema/handover";
import { t } from "../../i18n";
import { tierName } from "../tier-badge";

/** The handover report: customer, tier, old owner, new owner (the pool by name), one row per customer. */
export function handoverReportCsv(result: HandoverResult): string {
	const names = new Map(result.receivers.map((r) => [r.memberId, r.name]));
	return writeCsv([
		["customer", "tier", "old_owner", "new_owner", "handed_over_at"],
		...result.customers.map((c) => [
			c.name,
			tierName(c.tier),
			result.from.name,
			c.to === null ? t("handover.pool") : (names.get(c.to) ?? c.to),
			result.at,
		]),
	]);
}

/** Saves text as a file through a temporary link (extension pages may download blobs). */
export function downloadText(filename: string, text: string, type = "text/csv;charset=utf-8"): void {
	downloadBlob(filename, new Blob([text], { type }));
}

/** Saves a file the page holds (e.g. an export fetched with the token) through a temporary link. */
export function downloadBlob(filename: string, file: Blob): void {
	const url = URL.createObjectURL(file);
	const link = document.createElement("a");
	link.href = url;
	link.download = filename;
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
