import { type MessageKey, t } from "../../i18n";
import type { ConnectionResult } from "./test-connection";

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
			{result.detail && result.reason !== "permission" && <p class="small">{result.detail}</p>}
		</div>
	);
}
