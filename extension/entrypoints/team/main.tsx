import "../../i18n/all-areas";
import { render } from "preact";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { TeamApp } from "../../ui/team/team-app";
import "../../ui/styles.css";
import "../../ui/team/team.css";

void loadLanguageSetting().finally(() => {
	const root = document.getElementById("app");
	if (root) render(<TeamApp />, root);
});
