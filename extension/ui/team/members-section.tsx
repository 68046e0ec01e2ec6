import { useState } from "preact/hooks";
import type { Role, Tier } from "../../../shared/schema/common";
import type { MemberOverview } from "../../../shared/schema/member-overview";
import { t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatNumber, formatRelative } from "../format";
import { TierBadge } from "../tier-badge";
import { displayTierLabel } from "../tier-label";
import { MemberTokens } from "./member-tokens";
import { roleName, useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

const TIERS: Tier[] = ["platinum", "gold", "iron", "lead"];
const ROLES: Role[] = ["sales", "manager", "admin"];

/** Members: role, status, last active and customers per tier; admins change roles, deactivate, see tokens. */
export function MembersSection() {
	const { client, me } = useTeam();
	const { state, reload } = useLoaded(() => client.members(), [client]);
	const [error, setError] = useState<string | null>(null);
	const [openTokens, setOpenTokens] = useState<string | null>(null);
	const isAdmin = me.member.role === "admin";

	const change = async (member: MemberOverview, patch: { role?: Role; active?: boolean }) => {
		if (patch.active === false && !confirm(t("team.members.confirmDeactivate", { name: member.name })))
			return;
		setError(null);
		try {
			await client.updateMember(member.id, patch);
		} catch (e) {
			setError(describeFailure(e));
		}
		await reload();
	};

	if (state.kind === "loading") return <p class="muted">{t("team.loading")}</p>;
	if (state.kind === "failed") return <p class="error">{t("team.failed", { detail: state.detail })}</p>;
	return (
		<section data-testid="members">
			<h2>{t("team.nav.members")}</h2>
			{me.member.role === "sales" && <p class="muted small">{t("team.members.ownOnly")}</p>}
			{error && (
				<p class="error" role="alert" data-testid="members-error">
					{error}
				</p>
			)}
			<div class="table-scroll">
				<table class="team-table">
					<thead>
						<tr>
							<th>{t("team.members.name")}</th>
							<th>{t("team.members.role")}</th>
							<th>{t("team.members.status")}</th>
							<th>{t("team.members.lastActive")}</th>
							{TIERS.map((tier) => (
								<th key={tier} class="num" title={t("team.members.customers")}>
									<TierBadge tier={tier} label={displayTierLabel(tier)} compact />
								</th>
							))}
							{isAdmin && <th>{t("team.members.actions")}</th>}
						</tr>
					</thead>
					<tbody>
						{state.value.items.map((member) => (
							<MemberRow
								key={member.id}
								member={member}
								isMe={member.id === me.member.id}
								isAdmin={isAdmin}
								tokensOpen={openTokens === member.id}
								onToggleTokens={() => setOpenTokens(openTokens === member.id ? null : member.id)}
								onChange={(patch) => void change(member, patch)}
								onTokensChanged={() => void reload()}
							/>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}

function MemberRow(props: {
	member: MemberOverview;
	isMe: boolean;
	isAdmin: boolean;
	tokensOpen: boolean;
	onToggleTokens: () => void;
	onChange: (patch: { role?: Role; active?: boolean }) => void;
	onTokensChanged: () => void;
}) {
	const { member, isAdmin } = props;
	return (
		<>
			<tr data-testid="member-row" data-member={member.email} class={member.active ? "" : "inactive"}>
				<td>
					<div class="name">
						{member.name}
						{props.isMe && <span class="muted small"> ({t("team.you")})</span>}
					</div>
					<div class="muted small">{member.email}</div>
				</td>
				<td>
					{isAdmin ? (
						<select
							name="role"
							aria-label={t("team.members.roleOf", { name: member.name })}
							value={member.role}
							onChange={(e) => props.onChange({ role: e.currentTarget.value as Role })}
						>
							{ROLES.map((role) => (
								<option key={role} value={role}>
									{roleName(role)}
								</option>
							))}
						</select>
					) : (
						roleName(member.role)
					)}
				</td>
				<td data-testid="member-status">
					{member.active ? t("team.members.active") : t("team.members.inactive")}
				</td>
				<td title={member.lastActiveAt ?? undefined}>
					{member.lastActiveAt ? formatRelative(member.lastActiveAt) : t("team.members.never")}
				</td>
				{TIERS.map((tier) => (
					<td key={tier} class="num" data-tier={tier}>
						{formatNumber(member.customers[tier] ?? 0)}
					</td>
				))}
				{isAdmin && (
					<td class="actions">
						<button type="button" onClick={() => props.onChange({ active: !member.active })}>
							{member.active ? t("team.members.deactivate") : t("team.members.reactivate")}
						</button>
						<button type="button" class="link" onClick={props.onToggleTokens}>
							{props.tokensOpen
								? t("team.members.hideTokens")
								: t("team.members.tokens", { count: member.liveTokens })}
						</button>
					</td>
				)}
			</tr>
			{props.tokensOpen && (
				<tr class="tokens-row">
					<td colSpan={9}>
						<MemberTokens memberId={member.id} onChanged={props.onTokensChanged} />
					</td>
				</tr>
			)}
		</>
	);
}
