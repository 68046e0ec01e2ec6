import { browser } from "wxt/browser";

/** The opt-in daily notification of Today: off by default; the hour is the browser's local one. */
export interface DigestSetting {
	enabled: boolean;
	/** 0–23. */
	hour: number;
}

export const DIGEST_KEY = "tierline.digest";
export const DEFAULT_DIGEST: DigestSetting = { enabled: false, hour: 9 };

function isDigestSetting(value: unknown): value is DigestSetting {
	const v = value as Partial<DigestSetting> | undefined;
	return (
		typeof v?.enabled === "boolean" &&
		Number.isInteger(v.hour) &&
		(v.hour as number) >= 0 &&
		(v.hour as number) <= 23
	);
}

export async function readDigestSetting(): Promise<DigestSetting> {
	const stored = (await browser.storage.local.get(DIGEST_KEY))[DIGEST_KEY];
	return isDigestSetting(stored) ? stored : DEFAULT_DIGEST;
}

export async function saveDigestSetting(setting: DigestSetting): Promise<void> {
	await browser.storage.local.set({ [DIGEST_KEY]: setting });
}

/** Calls back when the setting changes (in any extension context). */
export function onDigestSettingChanged(listener: () => void): void {
	browser.storage.onChanged.addListener((changes, area) => {
		if (area === "local" && DIGEST_KEY in changes) listener();
	});
}

/** The next time (epoch ms) the local clock shows `hour`:00 after `now`. */
export function nextDigestAt(hour: number, now: Date): number {
	const at = new Date(now);
	at.setHours(hour, 0, 0, 0);
	if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
	return at.getTime();
}

/** The browser permission the notification needs, asked for when the member opts in. */
export const NOTIFICATIONS_PERMISSION = { permissions: ["notifications"] } as const;
