import { type MessageKey, t } from "../../i18n";

const SOURCES = new Set(["gmail", "alibaba", "eml", "selection", "manual", "import"]);
const KINDS = new Set(["email", "inquiry", "rfq", "chat", "note"]);

/**
 * A timeline entry's "where · what · which way" in the UI language ("Gmail · 邮件 · 收到"); a
 * source or kind this version does not know is shown as stored.
 */
export function timelineWords(item: { source: string; kind: string; direction: string | null }): string {
	const source = SOURCES.has(item.source) ? t(`timeline.source.${item.source}` as MessageKey) : item.source;
	const kind = KINDS.has(item.kind) ? t(`timeline.kind.${item.kind}` as MessageKey) : item.kind;
	const words = [source, kind];
	if (item.direction === "outbound") words.push(t("timeline.outbound"));
	else if (item.direction === "inbound") words.push(t("timeline.inbound"));
	return words.join(" · ");
}
