import { useMemo, useState } from "preact/hooks";
import type { TextEncodingName } from "../../../shared/import/decode-text";
import { type ColumnMapping, IGNORE, type ImportField } from "../../../shared/import/fields";
import { guessMapping } from "../../../shared/import/guess-mapping";
import type { ImportSummary } from "../../../shared/import/wire";
import type { RescoreJob } from "../../../shared/schema/scoring-answers";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { type ImportFile, ImportFileError, readImportFile } from "./import-file";
import { fieldName, ImportMapping } from "./import-mapping";
import { ImportReport, ProblemTable } from "./import-report";
import { createImportRun, type ImportProgress } from "./import-run";
import { useTeam } from "./team-context";

const ENCODINGS: Record<TextEncodingName, string> = {
	"utf-8": "UTF-8",
	"utf-16le": "UTF-16 LE",
	"utf-16be": "UTF-16 BE",
	gb18030: "GB18030 (GBK)",
	"windows-1252": "Windows-1252",
};

/** Each named column's field as guessed from its header (blank headers are not mapped; a repeated one keeps its first). */
function guessedMapping(header: string[]): ColumnMapping {
	const mapping: ColumnMapping = {};
	for (const column of guessMapping(header).columns)
		if (column.header !== "" && !(column.header in mapping)) mapping[column.header] = column.field;
	return mapping;
}

/** Fields chosen for more than one column, with those columns: the import keeps the first. */
function sharedFields(mapping: ColumnMapping): Array<[ImportField, string[]]> {
	const byField = new Map<ImportField, string[]>();
	for (const [header, field] of Object.entries(mapping))
		if (field !== IGNORE) byField.set(field, [...(byField.get(field) ?? []), header]);
	return [...byField].filter(([, headers]) => headers.length > 1);
}

/**
 * Import (admins and managers): drop or choose a CSV (any encoding spreadsheets write) or an .xlsx
 * file, check the guessed meaning of each column on the first rows, run a dry run that lists every
 * problem, then import with progress — the upload's parts for a large file, then the re-score.
 */
export function ImportSection() {
	const { client } = useTeam();
	const [file, setFile] = useState<ImportFile | null>(null);
	const [mapping, setMapping] = useState<ColumnMapping>({});
	const [parts, setParts] = useState(1);
	const [checked, setChecked] = useState<{ summary: ImportSummary; mapping: string } | null>(null);
	const [done, setDone] = useState<{ summary: ImportSummary; job: RescoreJob | null } | null>(null);
	const [progress, setProgress] = useState<ImportProgress | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);
	const importRun = useMemo(() => (file ? createImportRun(client, file.csv) : null), [client, file]);
	const clashes = useMemo(() => sharedFields(mapping), [mapping]);

	const run = async (action: () => Promise<void>) => {
		setBusy(true);
		setError(null);
		try {
			await action();
		} catch (e) {
			setError(
				e instanceof ImportFileError
					? t(e.key, { detail: e.detail })
					: t("import.error.failed", { detail: describeFailure(e) }),
			);
		} finally {
			setBusy(false);
			setProgress(null);
		}
	};
	const choose = (chosen: File | undefined) => {
		if (!chosen) return;
		setFile(null);
		setChecked(null);
		setDone(null);
		void run(async () => {
			setProgress(null);
			const read = await readImportFile(chosen);
			setMapping(guessedMapping(read.header));
			setFile(read);
			setParts(await createImportRun(client, read.csv).partCount());
		});
	};
	const dryRun = () =>
		run(async () => {
			if (!importRun) return;
			const summary = await importRun.dryRun(mapping, setProgress);
			setChecked({ summary, mapping: JSON.stringify(mapping) });
		});
	const commit = () =>
		run(async () => {
			if (!importRun) return;
			const summary = await importRun.commit(mapping, setProgress);
			setChecked(null);
			const job = summary.job ? await importRun.followJob(summary.job.id, setProgress) : null;
			setDone({ summary, job });
		});
	const reset = () => {
		setFile(null);
		setChecked(null);
		setDone(null);
		setError(null);
	};

	const stale = checked !== null && checked.mapping !== JSON.stringify(mapping);
	const canCommit = checked !== null && !stale && checked.summary.problemCount === 0 && !busy;
	return (
		<section data-testid="import">
			<h2>{t("import.title")}</h2>
			<p class="muted small">{t("import.intro")}</p>
			{!done && (
				<label
					class="import-drop"
					onDragOver={(e) => e.preventDefault()}
					onDrop={(e) => {
						e.preventDefault();
						choose(e.dataTransfer?.files[0]);
					}}
				>
					<span>{t("import.choose")}</span>
					<input
						type="file"
						name="import-file"
						accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
						disabled={busy}
						onChange={(e) => {
							choose(e.currentTarget.files?.[0]);
							e.currentTarget.value = "";
						}}
					/>
				</label>
			)}
			{file && !done && (
				<>
					<p class="small" data-testid="import-file">
						{t("import.file", {
							name: file.name,
							rows: file.records,
							source:
								file.source === "xlsx"
									? t("import.source.xlsx")
									: t("import.source.text", { encoding: ENCODINGS[file.source] }),
						})}
						{parts > 1 && ` · ${t("import.parts", { parts })}`}
					</p>
					<h3>{t("import.mapping")}</h3>
					<p class="muted small">{t("import.mappingHint")}</p>
					<ImportMapping
						file={file}
						mapping={mapping}
						disabled={busy}
						onChange={(header, field) => setMapping({ ...mapping, [header]: field })}
					/>
					{clashes.length > 0 && (
						<ul class="muted small import-notes" data-testid="import-clashes">
							{clashes.map(([field, headers]) => (
								<li key={field}>
									{t("import.sameField", {
										columns: headers.join(", "),
										field: fieldName(field),
										first: headers[0] ?? "",
									})}
								</li>
							))}
						</ul>
					)}
					{file.problems.length > 0 && !checked && (
						<>
							<p class="error" role="alert">
								{t("import.problems", { count: file.problems.length })}
							</p>
							<ProblemTable problems={file.problems} testId="import-file-problems" />
						</>
					)}
					<div class="buttons">
						<button type="button" disabled={busy} onClick={() => void dryRun()}>
							{t("import.dryRun")}
						</button>
						<button type="button" class="primary" disabled={!canCommit} onClick={() => void commit()}>
							{t("import.commit")}
						</button>
					</div>
					{stale && <p class="muted small">{t("import.remapped")}</p>}
				</>
			)}
			{busy && !file && <p class="muted">{t("import.reading")}</p>}
			{progress && <ProgressLine progress={progress} />}
			{error && (
				<p class="error" role="alert" data-testid="import-error">
					{error}
				</p>
			)}
			{checked && !done && <ImportReport summary={checked.summary} />}
			{done && <ImportDone summary={done.summary} job={done.job} onAgain={reset} />}
		</section>
	);
}

function ProgressLine(props: { progress: ImportProgress }) {
	const { progress } = props;
	if (progress.phase === "check") return <p class="muted">{t("import.checking")}</p>;
	const [value, max, text] =
		progress.phase === "upload"
			? [
					progress.part,
					progress.parts,
					t("import.uploading", { part: progress.part + 1, parts: progress.parts }),
				]
			: progress.total === null
				? [undefined, undefined, t("import.rescoringTeam", { done: progress.done })]
				: [
						progress.done,
						progress.total,
						t("import.rescoring", { done: progress.done, total: progress.total }),
					];
	return (
		<div class="import-progress" data-testid="import-progress">
			<progress value={value} max={max} />
			<span class="small">{text}</span>
		</div>
	);
}

function ImportDone(props: { summary: ImportSummary; job: RescoreJob | null; onAgain: () => void }) {
	const { job } = props;
	// "superseded": a later re-score took the customers over and scores them; not a failure.
	const failed = job?.state === "failed";
	return (
		<div data-testid="import-done">
			<p class={failed ? "error" : "ok"}>
				{failed
					? t("import.jobFailed", { state: job.state, detail: job.error ?? "" })
					: t(job?.state === "done" ? "import.doneScored" : "import.done")}
			</p>
			<ImportReport summary={props.summary} />
			<button type="button" onClick={props.onAgain}>
				{t("import.another")}
			</button>
		</div>
	);
}
