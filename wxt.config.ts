import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

export default defineConfig({
	srcDir: "extension",
	publicDir: "extension/public",
	outDir: ".output",
	vite: () => ({ plugins: [preact()] }),
	manifest: {
		name: "__MSG_extName__",
		description: "__MSG_extDescription__",
		default_locale: "en",
		action: { default_title: "__MSG_actionTitle__" },
		permissions: ["storage", "alarms", "sidePanel", "contextMenus"],
	},
});
