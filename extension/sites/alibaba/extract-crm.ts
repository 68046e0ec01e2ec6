import { listExtraction } from "./extract-rfq";
import { type Facts, factValue, mergeFacts } from "./facts";
import { applyLabel } from "./label-layer";
import { matchLabel } from "./labels";
import { layeredFacts, nameElement } from "./layers";
import { factsToCapture, factsToRow } from "./to-page-capture";
import type { AlibabaExtraction, AlibabaRow } from "./types";

/**
 * Alibaba's own CRM (客户通): the customer list and the public pool are tables whose rows carry
 * the CRM's customer id (`tr[data-row-key]`, 2026-12). Cells are unlabelled; each takes the label
 * of its column's header ("Customer Name" / 客户名称, "Company" / 公司名称, "Email" / 邮箱 …).
 */
export function extractCrmList(doc: Document, url: string, pageKind: string, now?: Date): AlibabaExtraction {
	const rows: AlibabaRow[] = [];
	for (const element of Array.from(doc.querySelectorAll("tr[data-row-key]")).slice(0, 500)) {
		const key = element.getAttribute("data-row-key")?.trim() ?? "";
		if (!/^[\w.-]{1,100}$/.test(key)) continue;
		const { facts, leaves } = layeredFacts({
			root: element,
			pageUrl: url,
			state: columnFacts(element, now),
			detail: false,
			now,
		});
		rows.push({
			element,
			nameElement: nameElement(leaves, factValue(facts, "buyer.name")),
			row: { ...factsToRow(facts), threadId: `crm:${key}` },
			capture: factsToCapture(facts, { url, pageKind, threadKind: "inquiry" }),
		});
	}
	return listExtraction(url, pageKind, rows);
}

/** A row's cells read by their column headers (layer "label"). */
function columnFacts(row: Element, now?: Date): Facts {
	const table = row.closest("table");
	const headers = Array.from(table?.querySelectorAll("thead th") ?? []).map((th) =>
		matchLabel(th.textContent ?? ""),
	);
	const facts: Facts[] = [];
	Array.from(row.children).forEach((cell, index) => {
		const label = headers[index];
		const text = cell.textContent ?? "";
		if (label && label.inline === undefined && text.trim() !== "") {
			const found: Facts = {};
			applyLabel(found, label.kind, text, now ?? new Date());
			facts.push(found);
		}
	});
	return mergeFacts(...facts);
}
