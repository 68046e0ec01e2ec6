import { findLabels } from "./labels";
import type { FieldKind } from "./types";

export interface LabelledValue {
	kinds: FieldKind[];
	value: string;
	line: number;
}

export interface TextLine {
	/** Index among the logical lines. */
	index: number;
	text: string;
	/** Text before the first label, or the whole line when it has none. */
	unlabelled: string;
}

/**
 * Logical lines: NFKC-normalised (full-width "：", "＋８６" become ASCII), split on newlines and on
 * the separators signatures put between fields ("Tel … | Fax …", "Name • Title").
 */
export function toLines(text: string): string[] {
	return text
		.normalize("NFKC")
		.replace(/\r\n?/g, "\n")
		.split("\n")
		.flatMap((line) => line.split(/\s+[|│•·]\s+|\s*[|│]\s*|\t+|\s{4,}/))
		.map((line) => line.replace(/\s+/g, " ").trim());
}

/** Reads "Label: value" pairs from each line; a value runs to the next label on the line. */
export function readLabelled(lines: readonly string[]): { values: LabelledValue[]; lines: TextLine[] } {
	const values: LabelledValue[] = [];
	const textLines: TextLine[] = [];
	lines.forEach((line, index) => {
		const labels = findLabels(line);
		textLines.push({
			index,
			text: line,
			unlabelled: labels.length === 0 ? line : line.slice(0, labels[0]?.start),
		});
		labels.forEach((label, position) => {
			const end = labels[position + 1]?.start ?? line.length;
			const value = cleanValue(line.slice(label.valueStart, end));
			if (value !== "") values.push({ kinds: label.kinds, value, line: index });
		});
	});
	return { values, lines: textLines };
}

function cleanValue(value: string): string {
	return value
		.replace(/^[\s:：.\-–]+/, "")
		.replace(/[\s,;，；|/]+$/, "")
		.trim();
}
