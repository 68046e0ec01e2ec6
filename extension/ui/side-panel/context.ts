import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { Me } from "../../../shared/schema/team";
import type { TierlineDb } from "../../store/db";
import type { ApiClient } from "../../sync/api-client";

export type View =
	| { name: "today" }
	| { name: "page" }
	| { name: "customers" }
	| { name: "sync" }
	| { name: "customer"; id: string }
	| { name: "manual" }
	| { name: "eml" };

export interface PanelContext {
	db: TierlineDb;
	/** A client for the saved settings; throws a readable error when not configured. */
	api: () => Promise<ApiClient>;
	me: Me | null;
	navigate: (view: View) => void;
	/** Ask the background to push and pull now (after a change made through the API). */
	syncNow: () => Promise<void>;
	openSettings: () => void;
}

export const Panel = createContext<PanelContext | null>(null);

export function usePanel(): PanelContext {
	const value = useContext(Panel);
	if (!value) throw new Error("usePanel outside the side panel");
	return value;
}
