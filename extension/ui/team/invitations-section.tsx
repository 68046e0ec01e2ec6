import { useState } from "preact/hooks";
import type { Role } from "../../../shared/schema/common";
import type { CreateInvitationResponse, Invitation } from "../../../shared/schema/invitation";
import { type MessageKey, t } from "../../i18n";
import { describeFailure } from "../../sync/api-error";
import { formatDateTime } from "../format";
import { invitableRoles, roleName, useTeam } from "./team-context";
import { useLoaded } from "./use-loaded";

interface Issued extends CreateInvitationResponse {
	name: string;
}

/** Invite by name, email and role → one message to send; the team's invitations with their state. */
export function InvitationsSection() {
	const { client, me } = useTeam();
	const roles = invitableRoles(me.member.role);
	const { state, reload } = useLoaded(() => client.invitations(), [client]);
	const [form, setForm] = useState<{ name: string; email: string; role: Role }>({
		name: "",
		email: "",
		role: "sales",
	});
	const [issued, setIssued] = useState<Issued | null>(null);
	const [error, setError] = useState<string | null>(null);
	const [busy, setBusy] = useState(false);
	const [copied, setCopied] = useState(false);

	const submit = async () => {
		setBusy(true);
		setError(null);
		setCopied(false);
		try {
			const answer = await client.invite(form);
			setIssued({ ...answer, name: form.name });
			setForm({ name: "", email: "", role: form.role });
			await reload();
		} catch (e) {
			setError(describeFailure(e));
		} finally {
			setBusy(false);
		}
	};
	const revoke = async (invitation: Invitation) => {
		setError(null);
		try {
			await client.revokeInvitation(invitation.id);
		} catch (e) {
			setError(describeFailure(e));
		}
		await reload();
	};

	return (
		<section data-testid="invitations">
			<h2>{t("team.invite.title")}</h2>
			<form
				class="invite-form"
				onSubmit={(event) => {
					event.preventDefault();
					void submit();
				}}
			>
				<label class="field">
					<span>{t("team.invite.name")}</span>
					<input
						name="name"
						required
						maxLength={200}
						value={form.name}
						onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
					/>
				</label>
				<label class="field">
					<span>{t("team.invite.email")}</span>
					<input
						name="email"
						type="email"
						required
						value={form.email}
						onInput={(e) => setForm({ ...form, email: e.currentTarget.value })}
					/>
				</label>
				<label class="field">
					<span>{t("team.invite.role")}</span>
					<select
						name="role"
						value={form.role}
						onChange={(e) => setForm({ ...form, role: e.currentTarget.value as Role })}
					>
						{roles.map((role) => (
							<option key={role} value={role}>
								{roleName(role)}
							</option>
						))}
					</select>
				</label>
				<button type="submit" class="primary" disabled={busy}>
					{t("team.invite.submit")}
				</button>
			</form>
			{error && (
				<p class="error" role="alert">
					{error}
				</p>
			)}
			{issued && (
				<div class="card invitation-issued" data-testid="invitation-issued">
					<p>{t("team.invite.ready", { name: issued.name, until: formatDateTime(issued.expiresAt) })}</p>
					<textarea readOnly rows={12} data-testid="invitation-text" value={issued.text} />
					<button
						type="button"
						onClick={() =>
							void navigator.clipboard.writeText(issued.text).then(
								() => setCopied(true),
								() => setCopied(false),
							)
						}
					>
						{t("team.invite.copy")}
					</button>
					{copied && <span class="ok small"> {t("team.invite.copied")}</span>}
				</div>
			)}
			<h2>{t("team.invitations.title")}</h2>
			{state.kind === "loading" && <p class="muted">{t("team.loading")}</p>}
			{state.kind === "failed" && <p class="error">{t("team.failed", { detail: state.detail })}</p>}
			{state.kind === "ready" && state.value.items.length === 0 && (
				<p class="muted">{t("team.invitations.none")}</p>
			)}
			{state.kind === "ready" && state.value.items.length > 0 && (
				<div class="table-scroll">
					<table class="team-table">
						<thead>
							<tr>
								<th>{t("team.members.name")}</th>
								<th>{t("team.members.role")}</th>
								<th>{t("team.members.status")}</th>
								<th>{t("team.invitations.expires")}</th>
								<th />
							</tr>
						</thead>
						<tbody>
							{state.value.items.map((invitation) => (
								<tr key={invitation.id} data-testid="invitation-row" data-email={invitation.email}>
									<td>
										<div class="name">{invitation.name}</div>
										<div class="muted small">{invitation.email}</div>
									</td>
									<td>{roleName(invitation.role)}</td>
									<td data-testid="invitation-status">
										{t(`team.invitations.status.${invitation.status}` as MessageKey)}
									</td>
									<td>{formatDateTime(invitation.expiresAt)}</td>
									<td>
										{invitation.status === "pending" && roles.includes(invitation.role) && (
											<button type="button" onClick={() => void revoke(invitation)}>
												{t("team.invitations.revoke")}
											</button>
										)}
									</td>
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
		</section>
	);
}
