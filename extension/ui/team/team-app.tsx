import { useEffect, useMemo, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { type MessageKey, t } from "../../i18n";
import { getApiSettings, onApiSettingsChanged } from "../../store/settings";
import { ApiError, describeFailure } from "../../sync/api-error";
import { createTeamClient } from "../../sync/team-client";
import { useLocale } from "../hooks";
import { AuditSection } from "./audit-section";
import { CustomersSection } from "./customers/customers-section";
import { DashboardSection } from "./dashboard/dashboard-section";
import { HandoverSection } from "./handover-section";
import { ImportSection } from "./import-section";
import { InvitationsSection } from "./invitations-section";
import { MembersSection } from "./members-section";
import { ModelSection } from "./model/model-section";
import { PlaybooksSection } from "./playbooks-section";
import { PoolSection } from "./pool-section";
import { SettingsSection } from "./settings-section";
import { roleName, type SectionName, sectionsFor, Team, type TeamContext } from "./team-context";

type Session =
	| { kind: "loading" }
	| { kind: "notConfigured" }
	| { kind: "signedOut"; detail: string }
	| { kind: "failed"; detail: string }
	| { kind: "ready"; context: TeamContext };

/** The stored API settings → who is signed in. A 401 means this browser was signed out (token revoked). */
async function openSession(): Promise<Session> {
	const settings = await getApiSettings();
	if (!settings) return { kind: "notConfigured" };
	const client = createTeamClient(settings);
	try {
		return { kind: "ready", context: { client, me: await client.me() } };
	} catch (error) {
		const detail = describeFailure(error);
		if (error instanceof ApiError && error.status === 401) return { kind: "signedOut", detail };
		return { kind: "failed", detail };
	}
}

function sectionFromHash(): string {
	return location.hash.replace(/^#/, "");
}

/** team.html: the full-page team view, with the extension's stored token; sections by role. */
export function TeamApp() {
	useLocale();
	const [session, setSession] = useState<Session>({ kind: "loading" });
	const [hash, setHash] = useState(sectionFromHash());
	const reload = () => void openSession().then(setSession);
	useEffect(() => {
		reload();
		const onHash = () => setHash(sectionFromHash());
		window.addEventListener("hashchange", onHash);
		const stop = onApiSettingsChanged(reload);
		return () => {
			window.removeEventListener("hashchange", onHash);
			stop();
		};
	}, []);
	const sections = useMemo(
		() => (session.kind === "ready" ? sectionsFor(session.context.me.member.role) : []),
		[session],
	);
	const section: SectionName = sections.find((s) => s === hash) ?? sections[0] ?? "members";
	const openSettings = () => void browser.runtime.openOptionsPage();

	return (
		<div class="team-page">
			<header class="team-header">
				<h1>
					Tierline · {t("team.title")}
					{session.kind === "ready" && <span class="team-name"> {session.context.me.team.name}</span>}
				</h1>
				{session.kind === "ready" && (
					<p class="muted small" data-testid="signed-in-as">
						{t("team.signedInAs", {
							name: session.context.me.member.name,
							role: roleName(session.context.me.member.role),
							team: session.context.me.team.name,
						})}
					</p>
				)}
				{sections.length > 0 && (
					<nav class="team-nav" aria-label={t("team.title")}>
						{sections.map((name) => (
							<a
								key={name}
								href={`#${name}`}
								class={name === section ? "tab active" : "tab"}
								aria-current={name === section ? "page" : undefined}
							>
								{t(`team.nav.${name}` as MessageKey)}
							</a>
						))}
					</nav>
				)}
			</header>
			<main class="team-main">
				{session.kind === "loading" && <p class="muted">{t("team.loading")}</p>}
				{session.kind === "notConfigured" && (
					<Notice text={t("team.notConfigured")} action={t("team.openSettings")} onAction={openSettings} />
				)}
				{session.kind === "signedOut" && (
					<Notice
						testId="signed-out"
						text={t("team.signedOut", { detail: session.detail })}
						action={t("team.openSettings")}
						onAction={openSettings}
					/>
				)}
				{session.kind === "failed" && (
					<Notice
						text={t("team.failed", { detail: session.detail })}
						action={t("team.retry")}
						onAction={reload}
					/>
				)}
				{session.kind === "ready" && (
					<Team.Provider value={session.context}>
						{section === "members" && <MembersSection />}
						{section === "dashboard" && <DashboardSection />}
						{section === "customers" && <CustomersSection />}
						{section === "invitations" && <InvitationsSection />}
						{section === "import" && <ImportSection />}
						{section === "handover" && <HandoverSection />}
						{section === "pool" && <PoolSection />}
						{section === "playbooks" && <PlaybooksSection />}
						{section === "audit" && <AuditSection />}
						{section === "model" && <ModelSection />}
						{section === "settings" && <SettingsSection />}
					</Team.Provider>
				)}
			</main>
		</div>
	);
}

function Notice(props: { text: string; action: string; onAction: () => void; testId?: string }) {
	return (
		<div class="card team-notice" data-testid={props.testId}>
			<p class="error">{props.text}</p>
			<button type="button" class="primary" onClick={props.onAction}>
				{props.action}
			</button>
		</div>
	);
}
