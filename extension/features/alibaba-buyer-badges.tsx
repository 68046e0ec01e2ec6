/**
 * Tier badges beside buyers' names on Alibaba lists and detail pages, looked up by Alibaba buyer
 * id, email or corporate domain (one batched lookup per screen). An unknown buyer in a list gets
 * a "+" that saves that row's buyer and inquiry.
 */
import type { PageCapture } from "../../shared/schema/page-capture";
import { t } from "../i18n";
import { defineFeature, type Runtime } from "../runtime/feature";
import type { PersonKeys } from "../runtime/lookups";
import { type AlibabaExtraction, alibabaPageKind, buyerKeys } from "../sites/alibaba";
import { captureBuyer } from "./alibaba-capture";
import { onAlibabaPage } from "./alibaba-page-watch";
import { drawTierMark } from "./parts/tier-mark";

export const ALIBABA_BADGE_KEY = "alibaba-buyer";

interface Mark {
	anchor: Element;
	keys: PersonKeys;
	name: string;
	/** A list row's own capture, for the "+" of an unknown buyer; detail pages have the button. */
	capture: PageCapture | null;
}

/** The mark of a capture's buyer beside its name, if both are there; `own` is the capture the "+" saves. */
function markOf(anchor: Element | null, capture: PageCapture, own: PageCapture | null): Mark[] {
	const contact = capture.contacts[0];
	if (!anchor || !contact) return [];
	return [{ anchor, keys: buyerKeys(contact), name: contact.name ?? "", capture: own }];
}

function marksOf(page: AlibabaExtraction): Mark[] {
	const marks = [
		...page.rows.flatMap((row) => markOf(row.nameElement, row.capture, row.capture)),
		...markOf(page.buyerNameElement, page.capture, null),
	];
	return marks.filter((mark) => mark.keys.buyerId || mark.keys.email || mark.keys.domain);
}

function drawMark(runtime: Runtime, mark: Mark, signal: AbortSignal): void {
	if (signal.aborted || !mark.anchor.isConnected) return;
	const match = runtime.lookups.peek(mark.keys);
	if (match === undefined) {
		void runtime.lookups.request([mark.keys]).then(() => {
			if (runtime.lookups.peek(mark.keys) !== undefined) drawMark(runtime, mark, signal);
		});
		return;
	}
	if (match === null && mark.capture === null) return;
	const capture = mark.capture;
	const place = {
		anchor: mark.anchor,
		key: ALIBABA_BADGE_KEY,
		badgeClass: "tierline-alibaba-badge",
		churnMark: false,
	};
	drawTierMark(runtime, place, match, {
		label: () => t("alibaba.capture.buyer", { name: mark.name }),
		onSave: async () => capture !== null && (await captureBuyer(runtime, capture)) !== "failed",
	});
}

export default defineFeature({
	id: "alibaba-buyer-badges",
	include: (url) => alibabaPageKind(url) !== null,
	init(signal, runtime) {
		let marks: Mark[] = [];
		onAlibabaPage(runtime, signal, (page) => {
			marks = marksOf(page);
			for (const mark of marks) drawMark(runtime, mark, signal);
		});
		runtime.lookups.onChange(() => {
			for (const mark of marks) drawMark(runtime, mark, signal);
		}, signal);
	},
});
