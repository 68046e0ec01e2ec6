/**
 * Capture from a saved email (.eml) of any mail client: dropped anywhere on the panel, or
 * chosen with the file picker. Shown like a page: the message summary and, for each person
 * outside the team, the team's record or a one-click capture (source "eml", with the thread).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { isNeverLead, type OwnAccount, ownAccountOf } from "../../../shared/capture/never-a-lead";
import type { PageCapture } from "../../../shared/schema/page-capture";
import type { Me } from "../../../shared/schema/team";
import { type MessageKey, t } from "../../i18n";
import { ContactCard } from "./contact-card";
import { usePanel } from "./context";
import { type EmlFile, MAX_EML_BYTES, readEmlFile } from "./eml-file";
import { orderedContacts, PageSummary } from "./page-view";

type State =
	| { status: "idle" }
	| { status: "reading"; name: string }
	| { status: "error"; message: string }
	| { status: "ready"; name: string; capture: PageCapture };

export interface EmlViewProps {
	/** The file to show (dropped on the panel or chosen here); kept by the app across views. */
	file: EmlFile | null;
	onFile: (file: EmlFile) => void;
}

export function EmlView({ file, onFile }: EmlViewProps) {
	const state = useEmlFile(file);
	const picker = useRef<HTMLInputElement>(null);
	return (
		<div data-testid="eml-view">
			<section class="card eml-drop" data-testid="eml-drop">
				<h2>{t("eml.title")}</h2>
				<p class="muted">{t("eml.drop")}</p>
				<button type="button" onClick={() => picker.current?.click()}>
					{t("eml.choose")}
				</button>
				<input
					ref={picker}
					type="file"
					name="eml"
					accept=".eml,message/rfc822"
					hidden
					onChange={(event) => {
						const chosen = event.currentTarget.files?.[0];
						event.currentTarget.value = "";
						if (chosen) onFile(chosen);
					}}
				/>
			</section>
			<EmlState state={state} />
		</div>
	);
}

/** Reads the file whenever it changes; a slower earlier read never replaces a later one. */
function useEmlFile(file: EmlFile | null): State {
	const [state, setState] = useState<State>({ status: "idle" });
	const latest = useRef(0);
	useEffect(() => {
		if (file === null) return;
		const run = ++latest.current;
		setState({ status: "reading", name: file.name });
		void readEmlFile(file).then((result) => {
			if (run !== latest.current) return;
			setState(
				result.ok
					? { status: "ready", name: file.name, capture: result.capture }
					: { status: "error", message: problemText(result.problem, file.name) },
			);
		});
	}, [file]);
	return state;
}

function problemText(problem: string, name: string): string {
	return t(`eml.error.${problem}` as MessageKey, { name, max: MAX_EML_BYTES / (1024 * 1024) });
}

function EmlState({ state }: { state: State }) {
	if (state.status === "idle") return null;
	if (state.status === "reading") return <p class="muted">{t("eml.reading", { name: state.name })}</p>;
	if (state.status === "error") {
		return (
			<p class="error" role="alert" data-testid="eml-error">
				{state.message}
			</p>
		);
	}
	return <EmlCapture name={state.name} capture={state.capture} />;
}

function EmlCapture({ name, capture }: { name: string; capture: PageCapture }) {
	const { me } = usePanel();
	const own = ownAccount(me);
	const contacts = orderedContacts(capture.contacts).filter(
		({ contact }) => contact.email === undefined || !isNeverLead(contact.email, own),
	);
	return (
		<div data-testid="eml-capture">
			<p class="muted small">{t("eml.file", { name })}</p>
			<PageSummary capture={capture} />
			{contacts.length === 0 && <p class="muted">{t(capture.bulk ? "eml.bulk" : "eml.noContacts")}</p>}
			{contacts.map(({ contact, index }) => (
				<ContactCard
					key={`${capture.thread?.id ?? name}:${index}`}
					page={capture}
					contact={contact}
					index={index}
				/>
			))}
		</div>
	);
}

/** The member and colleagues on the member's corporate domain (and automated senders) are never leads. */
function ownAccount(me: Me | null): OwnAccount {
	return ownAccountOf(me ? [me.member.email] : []);
}
