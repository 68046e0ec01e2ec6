/**
 * What the content script watches for on Alibaba pages (2026-11): links to RFQs and inquiries
 * (list rows and detail pages render them) and buyer-profile links. Hrefs, not classes.
 */
import { buyerKey, inquiryKey, rfqKey } from "./ids";

export function findAlibabaContent(root: ParentNode): Element[] {
	const doc = (root as Node).ownerDocument ?? (root as Document);
	const base = doc.location?.href ?? "https://www.alibaba.com/";
	return Array.from(root.querySelectorAll("a[href]")).filter((link) => {
		const href = link.getAttribute("href") ?? "";
		return rfqKey(href, base) !== null || inquiryKey(href, base) !== null || buyerKey(href, base) !== null;
	});
}
