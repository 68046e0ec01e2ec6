import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

export default defineConfig({
	srcDir: "extension",
	publicDir: "extension/public",
	outDir: ".output",
	vite: () => ({ plugins: [preact()] }),
	manifest: {
		name: "Tierline",
		permissions: ["storage", "alarms", "sidePanel", "contextMenus"],
	},
});
