import { useState } from "preact/hooks";
import { parseInvitationText } from "../../../shared/schema/invitation";
import { t } from "../../i18n";
import { apiOrigin, normalizeApiUrl, saveApiSettings } from "../../store/settings";
import { describeFailure } from "../../sync/api-error";
import { acceptInvitation } from "../../sync/team-client";
import { requestHostAccess } from "./host-access";

type State =
	| { kind: "idle" }
	| { kind: "joining" }
	| { kind: "done"; member: string; team: string }
	| { kind: "failed"; message: string };

/**
 * "Join with an invitation": the pasted message's API URL and one-time code become this person's
 * own token (POST /v1/invitations/accept), saved as the extension's API settings.
 */
export function JoinInvitation({
	onJoined,
}: {
	onJoined: (settings: { apiUrl: string; token: string }) => void;
}) {
	const [text, setText] = useState("");
	const [state, setState] = useState<State>({ kind: "idle" });

	const join = async () => {
		const found = parseInvitationText(text);
		const apiUrl = found ? normalizeApiUrl(found.apiUrl) : "";
		const origin = apiOrigin(apiUrl);
		if (!found || !origin) {
			setState({ kind: "failed", message: t("join.invalid") });
			return;
		}
		if (!(await requestHostAccess(origin))) {
			setState({ kind: "failed", message: t("connection.permission", { origin }) });
			return;
		}
		setState({ kind: "joining" });
		try {
			const answer = await acceptInvitation(apiUrl, found.code);
			await saveApiSettings({ apiUrl, token: answer.token });
			setText("");
			setState({ kind: "done", member: answer.member.name, team: answer.team.name });
			onJoined({ apiUrl, token: answer.token });
		} catch (error) {
			setState({ kind: "failed", message: t("join.failed", { detail: describeFailure(error) }) });
		}
	};

	return (
		<section class="join-invitation">
			<h2>{t("join.title")}</h2>
			<p class="muted small">{t("join.hint")}</p>
			<form
				onSubmit={(event) => {
					event.preventDefault();
					void join();
				}}
			>
				<textarea
					name="invitation"
					rows={6}
					value={text}
					onInput={(e) => setText(e.currentTarget.value)}
					aria-label={t("join.title")}
				/>
				<div class="buttons">
					<button type="submit" class="primary" disabled={state.kind === "joining" || !text.trim()}>
						{state.kind === "joining" ? t("join.joining") : t("join.submit")}
					</button>
				</div>
			</form>
			<div data-testid="join-status" aria-live="polite">
				{state.kind === "done" && (
					<p class="ok">{t("join.done", { member: state.member, team: state.team })}</p>
				)}
				{state.kind === "failed" && <p class="error">{state.message}</p>}
			</div>
		</section>
	);
}
