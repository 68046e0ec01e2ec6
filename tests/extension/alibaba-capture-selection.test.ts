/**
 * "Capture as lead" in the background: the selection becomes the tab's page capture in the
 * extension's database, where the side panel picks it up to pre-fill its form.
 */
import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
	CAPTURE_SELECTION_MENU,
	captureSelection,
} from "../../extension/entrypoints/background/context-menu";
import { openDb, type TierlineDb } from "../../extension/store/db";

let db: TierlineDb;
beforeEach(async () => {
	db = openDb(`test-${crypto.randomUUID()}`);
	await db.open();
});
afterEach(async () => {
	await db.delete();
});

describe("capture selection", () => {
	it("stores the parsed selection as the tab's page, every field unconfirmed", async () => {
		const url = "https://www.linkedin.com/in/sofia-ramirez-castillo";
		await captureSelection(
			db,
			{
				menuItemId: CAPTURE_SELECTION_MENU,
				selectionText: "Sofía Ramírez Castillo sofia@ramirezcastillo.com.mx WhatsApp: +52 1 55 5123 4567",
			},
			{ id: 42, url },
		);
		const page = await db.pages.get(42);
		expect(page?.capture).toMatchObject({ site: "selection", url, pageKind: "selection" });
		const contact = page?.capture.contacts[0];
		expect(contact?.email).toBe("sofia@ramirezcastillo.com.mx");
		expect(contact?.whatsapp).toMatch(/^\+52/);
		expect(page?.capture.unconfirmed).toEqual(
			expect.arrayContaining(["contacts.0.email", "contacts.0.whatsapp"]),
		);
	});

	it("an empty selection changes nothing", async () => {
		await captureSelection(db, { menuItemId: CAPTURE_SELECTION_MENU, selectionText: "   " }, { id: 7 });
		expect(await db.pages.get(7)).toBeUndefined();
	});
});
