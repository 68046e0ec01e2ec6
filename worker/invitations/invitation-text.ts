import type { Role } from "../../shared/schema/common";
import { base64url } from "../db/ids";

/** A one-time invitation code: "tlinv_" + 32 random bytes, base64url. Shown once; only its SHA-256 is stored. */
export function newInvitationCode(): string {
	return `tlinv_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

const ROLE_ZH: Record<Role, string> = { admin: "管理员", manager: "经理", sales: "业务员" };

/**
 * The message an inviter sends (WeChat, mail), in English and Chinese: who invites whom to which
 * team, the API URL and the code. The options page finds the URL and the code in it wherever they are.
 */
export function invitationText(invite: {
	inviter: string;
	team: string;
	role: Role;
	apiUrl: string;
	code: string;
	expiresAt: string;
}): string {
	const until = `${invite.expiresAt.slice(0, 16).replace("T", " ")} UTC`;
	return [
		`${invite.inviter} invites you to the team "${invite.team}" on Tierline (${invite.role}).`,
		`${invite.inviter} 邀请您以${ROLE_ZH[invite.role]}身份加入 Tierline 团队「${invite.team}」。`,
		"",
		`API: ${invite.apiUrl}`,
		`Code / 邀请码: ${invite.code}`,
		`Valid until / 有效期至: ${until}`,
		"",
		'Install the Tierline extension, open its settings and paste this whole message under "Join with an invitation".',
		"安装 Tierline 扩展，打开其设置，把整段消息粘贴到“用邀请加入”。",
	].join("\n");
}
