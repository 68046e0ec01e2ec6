import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { t } from "../../i18n";
import {
	DEFAULT_DIGEST,
	type DigestSetting,
	NOTIFICATIONS_PERMISSION,
	readDigestSetting,
	saveDigestSetting,
} from "../../store/digest-setting";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const permission = () => ({ permissions: [...NOTIFICATIONS_PERMISSION.permissions] });

/**
 * The opt-in daily notification of Today, at a chosen hour. Turning it on asks the browser for the
 * notifications permission (an optional one: nothing is asked for until then).
 */
export function DigestSettingField() {
	const [setting, setSetting] = useState<DigestSetting>(DEFAULT_DIGEST);
	const [denied, setDenied] = useState(false);
	useEffect(() => {
		void readDigestSetting().then(setSetting);
	}, []);
	const save = (next: DigestSetting) => {
		setSetting(next);
		void saveDigestSetting(next);
	};
	const toggle = async (enabled: boolean) => {
		// Asked for within the click (browsers require a user gesture for permissions.request).
		const allowed = enabled ? await browser.permissions.request(permission()).catch(() => false) : true;
		setDenied(!allowed);
		save({ ...setting, enabled: enabled && allowed });
	};
	return (
		<section data-testid="digest-setting">
			<h2>{t("settings.digest")}</h2>
			<label class="row">
				<input
					type="checkbox"
					style={{ width: "auto" }}
					checked={setting.enabled}
					onChange={(e) => void toggle(e.currentTarget.checked)}
				/>
				<span>{t("settings.digestEnable")}</span>
			</label>
			<label class="row" style={{ marginTop: "6px" }}>
				<span>{t("settings.digestHour")}</span>
				<select
					name="digestHour"
					style={{ width: "auto" }}
					value={String(setting.hour)}
					disabled={!setting.enabled}
					onChange={(e) => save({ ...setting, hour: Number(e.currentTarget.value) })}
				>
					{HOURS.map((hour) => (
						<option key={hour} value={String(hour)}>
							{`${String(hour).padStart(2, "0")}:00`}
						</option>
					))}
				</select>
			</label>
			{denied && <p class="error">{t("settings.digestDenied")}</p>}
		</section>
	);
}
