/**
 * The buyer's IANA time zone from what is known of them: the company's country, a phone's
 * country code, and a city or state in the signature or address. Countries with one zone need
 * nothing more; in those with several (US, RU, BR, AU, CA, MX…) a city or state decides, and
 * without one the country's main business zone is assumed and said to be assumed. The
 * country/zone table is countries-and-timezones (maintained from the IANA database).
 */
import { getAllTimezones, getCountry, getTimezone } from "countries-and-timezones";
import { phoneCountry } from "../normalize/phone";
import { CITY_ZONES, ONE_CLOCK, PRIMARY_ZONES, REGION_ZONES } from "./city-zones";

export interface BuyerZone {
	timeZone: string;
	/** ISO 3166-1 alpha-2, when known. */
	country?: string;
	/** The city the zone was read from, as the zone or the text names it. */
	city?: string;
	/** The zone is the country's main one, assumed for lack of a city. */
	assumed: boolean;
}

export interface BuyerZoneInput {
	country?: string | null;
	/** E.164 numbers. */
	phones?: Array<string | null | undefined>;
	/** A signature, an address or a city. */
	text?: string | null;
}

export function buyerZone(input: BuyerZoneInput): BuyerZone | null {
	const country = countryOf(input);
	const zones = country ? zonesOf(country) : null;
	const city = input.text ? cityZone(input.text, country, zones) : null;
	if (city)
		return { timeZone: city.timeZone, ...(country ? { country } : {}), city: city.name, assumed: false };
	if (!country || !zones || zones.length === 0) return null;
	if (zones.length === 1 && zones[0]) return { timeZone: zones[0], country, assumed: false };
	const primary = PRIMARY_ZONES[country] ?? zones[0];
	if (!primary) return null;
	return { timeZone: primary, country, assumed: !ONE_CLOCK.has(country) };
}

function countryOf(input: BuyerZoneInput): string | undefined {
	const given = input.country?.trim().toUpperCase();
	if (given && /^[A-Z]{2}$/.test(given) && getCountry(given)) return given;
	for (const phone of input.phones ?? []) {
		const found = phone ? phoneCountry(phone) : null;
		if (found) return found;
	}
	return undefined;
}

/** The country's zones, canonical and its own (not a neighbour's listed for an outlying territory). */
function zonesOf(country: string): string[] {
	const zones = getCountry(country)?.timezones ?? [];
	return zones.filter((name) => {
		const zone = getTimezone(name);
		return (
			zone !== null &&
			zone.aliasOf === null &&
			!zone.deprecated &&
			(zone.countries as readonly string[]).includes(country)
		);
	});
}

const fold = (text: string) =>
	text
		.normalize("NFKD")
		.replace(/[\u0300-\u036f]/g, "")
		.toLowerCase();

let zoneCities: Array<[string, string]> | null = null;

/** "chicago" → America/Chicago, "sao paulo" → America/Sao_Paulo, for every canonical zone. */
function citiesOfZones(): Array<[string, string]> {
	if (zoneCities === null) {
		zoneCities = Object.values(getAllTimezones())
			.filter((zone) => zone.aliasOf === null && !zone.deprecated && zone.name.includes("/"))
			.map(
				(zone) =>
					[fold(zone.name.split("/").at(-1)?.replace(/_/g, " ") ?? ""), zone.name] as [string, string],
			)
			.filter(([city]) => city.length >= 4);
	}
	return zoneCities;
}

function cityZone(
	text: string,
	country: string | undefined,
	zones: string[] | null,
): { timeZone: string; name: string } | null {
	const folded = fold(text);
	const allowed = (zone: string) => zones === null || zones.includes(zone) || zones.length === 0;
	const mentions = (city: string) =>
		/[\u4e00-\u9fff]/.test(city)
			? folded.includes(city)
			: new RegExp(`(?:^|[^a-z])${city.replace(/[.]/g, "\\.")}(?:$|[^a-z])`).test(folded);
	for (const [city, zone] of Object.entries(CITY_ZONES)) {
		if (allowed(zone) && mentions(city)) return { timeZone: zone, name: titleCase(city) };
	}
	for (const [city, zone] of citiesOfZones()) {
		if (allowed(zone) && mentions(city)) return { timeZone: zone, name: titleCase(city) };
	}
	const regions = country ? REGION_ZONES[country] : undefined;
	if (regions) {
		for (const match of text.matchAll(/(?:,|\s)\s*([A-Z]{2,3})(?:\s+\d{4,5}(?:-\d{4})?)?(?=$|[\s,.])/g)) {
			const zone = match[1] ? regions[match[1]] : undefined;
			if (zone) return { timeZone: zone, name: match[1] ?? "" };
		}
	}
	return null;
}

function titleCase(city: string): string {
	return city.replace(
		/(^|[\s-])([a-z])/g,
		(_, space: string, letter: string) => space + letter.toUpperCase(),
	);
}

/** A customer record's zone: its country, else its phones' country (cities are not on the record). */
export function customerZone(customer: {
	country: string | null;
	identities?: Array<{ kind: string; value: string }>;
}): BuyerZone | null {
	const phones = (customer.identities ?? []).filter((i) => i.kind === "phone").map((i) => i.value);
	return buyerZone({ country: customer.country, phones });
}

/** A lookup answer's `localTime` field: absent when nothing says where the buyer is. */
export function localTimeOf(zone: BuyerZone | null): { localTime?: BuyerZone } {
	return zone ? { localTime: zone } : {};
}
