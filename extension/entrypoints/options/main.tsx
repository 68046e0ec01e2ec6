import "../../i18n/all-areas";
import { render } from "preact";
import { loadLanguageSetting } from "../../i18n/language-setting";
import { OptionsPage } from "../../ui/options/options-page";
import "../../ui/styles.css";

void loadLanguageSetting().finally(() => {
	const root = document.getElementById("app");
	if (root) render(<OptionsPage />, root);
});
