import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Role } from "../../../shared/schema/common";
import type { Me } from "../../../shared/schema/team";
import { type MessageKey, t } from "../../i18n";
import type { TeamClient } from "../../sync/team-client";

export interface TeamContext {
	client: TeamClient;
	me: Me;
}

export const Team = createContext<TeamContext | null>(null);

export function useTeam(): TeamContext {
	const context = useContext(Team);
	if (!context) throw new Error("useTeam outside the team page");
	return context;
}

/** The team page's sections, each with the roles that see it. */
export const SECTIONS = [
	{ name: "members", roles: ["admin", "manager", "sales"] },
	{ name: "dashboard", roles: ["admin", "manager", "sales"] },
	{ name: "customers", roles: ["admin", "manager", "sales"] },
	{ name: "invitations", roles: ["admin", "manager"] },
	{ name: "import", roles: ["admin", "manager"] },
	{ name: "handover", roles: ["admin", "manager"] },
	{ name: "pool", roles: ["admin", "manager", "sales"] },
	{ name: "playbooks", roles: ["admin", "manager", "sales"] },
	{ name: "audit", roles: ["admin", "manager"] },
	{ name: "model", roles: ["admin", "manager"] },
	{ name: "settings", roles: ["admin", "manager", "sales"] },
] as const satisfies readonly { name: string; roles: readonly Role[] }[];

export type SectionName = (typeof SECTIONS)[number]["name"];

export function sectionsFor(role: Role): SectionName[] {
	return SECTIONS.filter((s) => (s.roles as readonly Role[]).includes(role)).map((s) => s.name);
}

export function roleName(role: Role): string {
	return t(`team.role.${role}` as MessageKey);
}

/** Roles a caller may give in an invitation: admins any, managers sales only. */
export function invitableRoles(role: Role): Role[] {
	if (role === "admin") return ["sales", "manager", "admin"];
	return role === "manager" ? ["sales"] : [];
}
