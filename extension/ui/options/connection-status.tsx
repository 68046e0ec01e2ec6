import { type MessageKey, t } from "../../i18n";
import type { ConnectionFailure, ConnectionResult } from "./test-connection";

const SELF_EXPLAINED = new Set<ConnectionFailure>(["permission", "badToken"]);

/** The outcome of "Test connection", in plain words: who you are, or what to fix. */
export function ConnectionStatus({ result, apiUrl }: { result: ConnectionResult; apiUrl: string }) {
	if (result.ok) {
		return (
			<p class="ok" data-testid="connection-ok">
				{t("connection.ok", { member: result.me.member.name, team: result.me.team.name })}
			</p>
		);
	}
	return (
		<div class="error" data-testid="connection-failed" data-reason={result.reason}>
			<p>{t(`connection.${result.reason}` as MessageKey, { url: apiUrl, origin: result.detail ?? "" })}</p>
			{/* The server's own words (English) only add to the message where it does not say it all. */}
			{result.detail && !SELF_EXPLAINED.has(result.reason) && <p class="muted small">{result.detail}</p>}
		</div>
	);
}
