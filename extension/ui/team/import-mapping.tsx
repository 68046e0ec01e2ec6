import { type ColumnMapping, IGNORE, IMPORT_FIELDS, type ImportField } from "../../../shared/import/fields";
import { type MessageKey, t } from "../../i18n";
import type { ImportFile } from "./import-file";

const CHOICES: Array<ImportField | typeof IGNORE> = [IGNORE, ...IMPORT_FIELDS];

export const fieldName = (field: ImportField | typeof IGNORE) => t(`import.field.${field}` as MessageKey);

/** The file's columns, each with its meaning to choose, above the first rows as read. */
export function ImportMapping(props: {
	file: ImportFile;
	mapping: ColumnMapping;
	disabled: boolean;
	onChange: (header: string, field: ImportField | typeof IGNORE) => void;
}) {
	const { file, mapping } = props;
	return (
		<div class="table-scroll import-preview">
			<table class="team-table" data-testid="import-mapping">
				<thead>
					<tr>
						<th class="num">{t("import.row")}</th>
						{file.header.map((header, i) => (
							<th key={`${i}-${header}`} scope="col">
								<div class="import-header">{header || "—"}</div>
								{header !== "" && (
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
									class={
										mapping[header] === IGNORE || header === "" ? "import-cell import-ignored" : "import-cell"
									}
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
