/**
 * "14:05 Friday in Dubai · outside business hours" in the UI language, for the badge tooltip and
 * the side panel. The clock is Intl's (shared/local-time/local-clock); the zone comes with the
 * customer (shared/local-time/buyer-zone). Text only.
 */
import type { BuyerZone } from "../../../shared/local-time/buyer-zone";
import { localClock } from "../../../shared/local-time/local-clock";
import { intlLocale, t } from "../../i18n";

export interface LocalTimeText {
	text: string;
	/** Outside business hours or on the local weekend: a call now would be badly timed. */
	offHours: boolean;
}

export function localTimeText(zone: BuyerZone, now: Date = new Date()): LocalTimeText | null {
	const clock = localClock(zone.timeZone, now, zone.country);
	if (clock === null) return null;
	const locale = intlLocale();
	const time = new Intl.DateTimeFormat(locale, {
		timeZone: zone.timeZone,
		hour: "2-digit",
		minute: "2-digit",
		hourCycle: "h23",
	}).format(now);
	const weekday = new Intl.DateTimeFormat(locale, { timeZone: zone.timeZone, weekday: "long" }).format(now);
	const parts = [t("localTime.at", { time, weekday, place: placeOf(zone, locale) })];
	if (clock.weekend) parts.push(t("localTime.weekend"));
	else if (!clock.businessHours) parts.push(t("localTime.outside"));
	if (zone.assumed) parts.push(t("localTime.assumed", { zone: zone.timeZone.replace(/_/g, " ") }));
	return { text: parts.join(" · "), offHours: !clock.businessHours };
}

function placeOf(zone: BuyerZone, locale: string): string {
	if (zone.city && !zone.assumed) return zone.city;
	if (zone.country) {
		try {
			return new Intl.DisplayNames([locale], { type: "region" }).of(zone.country) ?? zone.country;
		} catch {
			return zone.country;
		}
	}
	return zone.timeZone.split("/").at(-1)?.replace(/_/g, " ") ?? zone.timeZone;
}
