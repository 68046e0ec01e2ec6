import { type ColumnMapping, IGNORE, IMPORT_FIELDS, type ImportField } from "../../../shared/import/fields";
import { headerKey } from "../../../shared/import/guess-mapping";
import { type MessageKey, t } from "../../i18n";
import type { ImportFile } from "./import-file";

const CHOICES: Array<ImportField | typeof IGNORE> = [IGNORE, ...IMPORT_FIELDS];

export const fieldName = (field: ImportField | typeof IGNORE) => t(`import.field.${field}` as MessageKey);

/** The file's columns, each with its meaning to choose, above the first rows as read. */
/** Columns whose header repeats an earlier one's: a mapping names columns by header, so they cannot be mapped. */
function repeats(header: readonly string[]): Set<number> {
	const seen = new Set<string>();
	const out = new Set<number>();
	header.forEach((name, i) => {
		const key = headerKey(name);
		if (key !== "" && seen.has(key)) out.add(i);
		seen.add(key);
	});
	return out;
}

export function ImportMapping(props: {
	file: ImportFile;
	mapping: ColumnMapping;
	disabled: boolean;
	onChange: (header: string, field: ImportField | typeof IGNORE) => void;
}) {
	const { file, mapping } = props;
	const repeated = repeats(file.header);
	const ignored = (header: string, i: number) =>
		header === "" || repeated.has(i) || mapping[header] === IGNORE;
	return (
		<div class="table-scroll import-preview">
			<table class="team-table" data-testid="import-mapping">
				<thead>
					<tr>
						<th class="num">{t("import.row")}</th>
						{file.header.map((header, i) => (
							<th key={`${i}-${header}`} scope="col">
								<div class="import-header">{header || "—"}</div>
								{header !== "" && !repeated.has(i) && (
									<select
										name={`map-${i}`}
										aria-label={t("import.columnOf", { column: header })}
										value={mapping[header] ?? IGNORE}
										disabled={props.disabled}
										onChange={(e) =>
											props.onChange(header, e.currentTarget.value as ImportField | typeof IGNORE)
										}
									>
										{CHOICES.map((field) => (
											<option key={field} value={field}>
												{fieldName(field)}
											</option>
										))}
									</select>
								)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{file.preview.map((record) => (
						<tr key={record.row}>
							<td class="num muted">{record.row}</td>
							{file.header.map((header, i) => (
								<td
									key={`${i}-${header}`}
									class={ignored(header, i) ? "import-cell import-ignored" : "import-cell"}
								>
									{record.values[i] ?? ""}
								</td>
							))}
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
