import "../../i18n/all-areas";
import { render } from "preact";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { getDb } from "../../store/db";
import { SidePanelApp } from "../../ui/side-panel/app";
import { pinnedTabId } from "../../ui/side-panel/current-tab";
import "../../ui/styles.css";

performance.mark("tierline:panel-start");
void loadLanguageSetting().finally(() => {
	const root = document.getElementById("app");
	if (root) render(<SidePanelApp db={getDb()} pinnedTabId={pinnedTabId(location.search)} />, root);
});
