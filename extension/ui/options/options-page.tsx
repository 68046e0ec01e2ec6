import { useEffect, useState } from "preact/hooks";
import { type LanguageSetting, t } from "../../i18n";
import { readLanguageSetting, saveLanguageSetting } from "../../i18n/language-setting";
import {
	type ApiSettings,
	apiOrigin,
	isInsecureApiUrl,
	normalizeApiUrl,
	readApiSettings,
	saveApiSettings,
} from "../../store/settings";
import { useLocale } from "../hooks";
import { openTeamPage } from "../open-team-page";
import { ConnectionStatus } from "./connection-status";
import { DigestSettingField } from "./digest-setting";
import { hasHostAccess, requestHostAccess } from "./host-access";
import { JoinInvitation } from "./join-invitation";
import { type ConnectionResult, testConnection } from "./test-connection";

type Status =
	| { kind: "testing" }
	| { kind: "result"; result: ConnectionResult }
	| { kind: "saved" }
	| { kind: "denied"; origin: string }
	| null;

export function OptionsPage() {
	useLocale();
	const [form, setForm] = useState<ApiSettings>({ apiUrl: "", token: "" });
	const [fromBuild, setFromBuild] = useState(false);
	const [language, setLanguage] = useState<LanguageSetting>("auto");
	const [status, setStatus] = useState<Status>(null);

	useEffect(() => {
		void readApiSettings().then(({ settings, saved }) => {
			if (settings) setForm(settings);
			setFromBuild(settings !== null && !saved);
		});
		void readLanguageSetting().then(setLanguage);
	}, []);

	const origin = apiOrigin(normalizeApiUrl(form.apiUrl));
	const test = async () => {
		if (origin) await requestHostAccess(origin);
		setStatus({ kind: "testing" });
		setStatus({ kind: "result", result: await testConnection(form, { hasAccess: hasHostAccess }) });
	};
	const save = async () => {
		if (!origin) {
			const reason = isInsecureApiUrl(normalizeApiUrl(form.apiUrl)) ? "insecureUrl" : "invalidUrl";
			setStatus({ kind: "result", result: { ok: false, reason, detail: null } });
			return;
		}
		if (!(await requestHostAccess(origin))) {
			setStatus({ kind: "denied", origin });
			return;
		}
		await saveApiSettings(form);
		setFromBuild(false);
		setStatus({ kind: "saved" });
	};

	return (
		<main class="options">
			<h1>{t("settings.title")}</h1>
			<JoinInvitation
				onJoined={(settings) => {
					setForm(settings);
					setFromBuild(false);
					setStatus(null);
				}}
			/>
			<h2>{t("join.orToken")}</h2>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					void save();
				}}
			>
				<label class="field">
					<span>{t("settings.apiUrl")}</span>
					<input
						name="apiUrl"
						type="url"
						required
						placeholder="https://tierline.example.workers.dev"
						value={form.apiUrl}
						onInput={(e) => setForm({ ...form, apiUrl: e.currentTarget.value })}
					/>
				</label>
				<label class="field">
					<span>{t("settings.token")}</span>
					<input
						name="token"
						type="password"
						autoComplete="off"
						required
						value={form.token}
						onInput={(e) => setForm({ ...form, token: e.currentTarget.value })}
					/>
				</label>
				{fromBuild && <p class="muted small">{t("settings.fromBuild")}</p>}
				<div class="buttons">
					<button type="submit" class="primary">
						{t("settings.save")}
					</button>
					<button type="button" onClick={() => void test()}>
						{t("settings.test")}
					</button>
				</div>
			</form>
			<div class="status" data-testid="connection-status" aria-live="polite">
				{status?.kind === "testing" && <p class="muted">{t("settings.testing")}</p>}
				{status?.kind === "saved" && <p class="ok">{t("settings.saved")}</p>}
				{status?.kind === "denied" && (
					<p class="error">{t("connection.permission", { origin: status.origin })}</p>
				)}
				{status?.kind === "result" && <ConnectionStatus result={status.result} apiUrl={form.apiUrl} />}
			</div>
			<p>
				<button type="button" class="link" data-testid="open-team-page" onClick={() => openTeamPage()}>
					{t("team.open")} ↗
				</button>
			</p>
			<h2>{t("settings.language")}</h2>
			<select
				name="language"
				value={language}
				onChange={(e) => {
					const value = e.currentTarget.value as LanguageSetting;
					setLanguage(value);
					void saveLanguageSetting(value);
				}}
			>
				<option value="auto">{t("settings.languageAuto")}</option>
				<option value="en">English</option>
				<option value="zh_CN">简体中文</option>
			</select>
			<DigestSettingField />
		</main>
	);
}
