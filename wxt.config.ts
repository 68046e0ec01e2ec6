import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { COUNTRY_NAMES_FILE } from "./extension/sites/alibaba/country";
import { ALIBABA_MATCHES } from "./extension/sites/alibaba/matches";

/**
 * Firefox: the add-on id, and its data collection as addons.mozilla.org requires it of every new
 * extension (Firefox 140+, hence the minimum version). Tierline sends what the member captures
 * to the team's own server: names, emails, phones, companies and addresses of contacts
 * (personally identifying information), the email conversations and Alibaba inquiries captured
 * with them (personal communications) and what it reads from the Gmail and Alibaba pages it
 * runs on (website content). Required: capturing is what the extension is for. Firefox for
 * Android reads the key from 142.
 */
const GECKO = {
	id: "tierline@tierline.dev",
	strict_min_version: "140.0",
	data_collection_permissions: {
		required: ["personallyIdentifyingInfo", "personalCommunications", "websiteContent"],
	},
};

export default defineConfig({
	srcDir: "extension",
	publicDir: "extension/public",
	outDir: ".output",
	vite: () => ({ plugins: [preact()] }),
	manifest: ({ browser }) => ({
		name: "__MSG_extName__",
		description: "__MSG_extDescription__",
		default_locale: "en",
		action: { default_title: "__MSG_actionTitle__" },
		// Firefox has sidebar_action instead of the sidePanel API.
		// activeTab + scripting: "Capture as lead" reads the clicked tab's selection with its line breaks.
		permissions: [
			"storage",
			"alarms",
			"contextMenus",
			"activeTab",
			"scripting",
			...(browser === "firefox" ? [] : ["sidePanel"]),
		],
		// The local API (npm start, any port) is reachable at once; any other server is asked for
		// when its address is saved in the settings (optional_host_permissions + permissions.request).
		host_permissions: ["http://127.0.0.1/*", "http://localhost/*"],
		// https only: an API elsewhere than this machine is never reached over plain http (the token).
		optional_host_permissions: ["https://*/*"],
		// The daily Today notification is opt-in: asked for when the member turns it on in the settings.
		optional_permissions: ["notifications"],
		// The Alibaba content script loads its country names table at start instead of bundling it
		// (the content-script budget); only Alibaba's seller pages may load it.
		// (Chrome takes only whole origins here: "https://host/*".)
		web_accessible_resources: [
			{
				resources: [COUNTRY_NAMES_FILE],
				matches: [
					...new Set(ALIBABA_MATCHES.map((match) => match.replace(/^(https:\/\/[^/]+)\/.*$/, "$1/*"))),
				],
			},
		],
		...(browser === "firefox"
			? { browser_specific_settings: { gecko: GECKO, gecko_android: { strict_min_version: "142.0" } } }
			: {}),
	}),
});
