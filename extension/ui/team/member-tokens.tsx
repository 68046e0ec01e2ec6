import { useState } from "preact/hooks";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatDateTime, formatRelative } from "../format";
import { useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

/** One member's API tokens (never the tokens themselves), each revocable on its own. */
export function MemberTokens({ memberId, onChanged }: { memberId: string; onChanged: () => void }) {
	const { client } = useTeam();
	const { state, reload } = useLoaded(() => client.memberTokens(memberId), [client, memberId]);
	const [error, setError] = useState<string | null>(null);
	const revoke = async (id: string) => {
		setError(null);
		try {
			await client.revokeToken(id);
		} catch (e) {
			setError(describeFailure(e));
		}
		await reload();
		onChanged();
	};
	if (state.kind === "loading") return <p class="muted">{t("team.loading")}</p>;
	if (state.kind === "failed") return <p class="error">{t("team.failed", { detail: state.detail })}</p>;
	if (state.value.items.length === 0) return <p class="muted">{t("team.tokens.none")}</p>;
	return (
		<div data-testid="member-tokens">
			{error && <p class="error">{error}</p>}
			<table class="team-table inner">
				<thead>
					<tr>
						<th>{t("team.tokens.label")}</th>
						<th>{t("team.tokens.created")}</th>
						<th>{t("team.tokens.lastUsed")}</th>
						<th>{t("team.tokens.state")}</th>
						<th />
					</tr>
				</thead>
				<tbody>
					{state.value.items.map((token) => (
						<tr key={token.id} data-testid="token-row">
							<td>{token.label ?? "—"}</td>
							<td>{formatDateTime(token.createdAt)}</td>
							<td>{token.lastUsedAt ? formatRelative(token.lastUsedAt) : t("team.members.never")}</td>
							<td>
								{token.revokedAt
									? t("team.tokens.revokedAt", { when: formatDateTime(token.revokedAt) })
									: t("team.tokens.live")}
							</td>
							<td>
								{!token.revokedAt && (
									<button type="button" onClick={() => void revoke(token.id)}>
										{t("team.tokens.revoke")}
									</button>
								)}
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</div>
	);
}
