/**
 * Cities and states that decide the zone in countries with several (US, CA, RU, BR, AU, MX, ID,
 * KZ…), as signatures and addresses write them. A city that is itself a zone's name (Chicago,
 * Denver, Sao Paulo, Perth…) needs no entry: the country/zone table from countries-and-timezones
 * finds it. Keys are lower-case, accents removed.
 */
export const CITY_ZONES: Record<string, string> = {
	// United States
	houston: "America/Chicago",
	dallas: "America/Chicago",
	austin: "America/Chicago",
	"san antonio": "America/Chicago",
	minneapolis: "America/Chicago",
	"st. louis": "America/Chicago",
	"kansas city": "America/Chicago",
	"new orleans": "America/Chicago",
	miami: "America/New_York",
	atlanta: "America/New_York",
	boston: "America/New_York",
	philadelphia: "America/New_York",
	washington: "America/New_York",
	newark: "America/New_York",
	charlotte: "America/New_York",
	orlando: "America/New_York",
	"san francisco": "America/Los_Angeles",
	"san diego": "America/Los_Angeles",
	"san jose": "America/Los_Angeles",
	seattle: "America/Los_Angeles",
	portland: "America/Los_Angeles",
	"las vegas": "America/Los_Angeles",
	oakland: "America/Los_Angeles",
	"salt lake city": "America/Denver",
	honolulu: "Pacific/Honolulu",
	芝加哥: "America/Chicago",
	休斯顿: "America/Chicago",
	纽约: "America/New_York",
	迈阿密: "America/New_York",
	洛杉矶: "America/Los_Angeles",
	旧金山: "America/Los_Angeles",
	西雅图: "America/Los_Angeles",
	// Canada
	montreal: "America/Toronto",
	ottawa: "America/Toronto",
	calgary: "America/Edmonton",
	多伦多: "America/Toronto",
	温哥华: "America/Vancouver",
	// Russia
	"saint petersburg": "Europe/Moscow",
	"st petersburg": "Europe/Moscow",
	kazan: "Europe/Moscow",
	莫斯科: "Europe/Moscow",
	// Brazil
	"rio de janeiro": "America/Sao_Paulo",
	brasilia: "America/Sao_Paulo",
	curitiba: "America/Sao_Paulo",
	"porto alegre": "America/Sao_Paulo",
	"belo horizonte": "America/Sao_Paulo",
	salvador: "America/Bahia",
	圣保罗: "America/Sao_Paulo",
	// Australia
	canberra: "Australia/Sydney",
	悉尼: "Australia/Sydney",
	墨尔本: "Australia/Melbourne",
	珀斯: "Australia/Perth",
	// Mexico
	"mexico city": "America/Mexico_City",
	"ciudad de mexico": "America/Mexico_City",
	cdmx: "America/Mexico_City",
	guadalajara: "America/Mexico_City",
	puebla: "America/Mexico_City",
	墨西哥城: "America/Mexico_City",
	// Indonesia, Kazakhstan, China
	surabaya: "Asia/Jakarta",
	bandung: "Asia/Jakarta",
	bali: "Asia/Makassar",
	denpasar: "Asia/Makassar",
	astana: "Asia/Almaty",
	urumqi: "Asia/Urumqi",
	乌鲁木齐: "Asia/Urumqi",
};

/** US states and Australian states as written after a city ("Chicago, IL", "Perth WA"). */
export const REGION_ZONES: Record<string, Record<string, string>> = {
	US: {
		...Object.fromEntries(
			"CT DE DC FL GA IN KY ME MD MA MI NH NJ NY NC OH PA RI SC VT VA WV"
				.split(" ")
				.map((s) => [s, "America/New_York"]),
		),
		...Object.fromEntries(
			"AL AR IL IA KS LA MN MS MO NE ND OK SD TN TX WI".split(" ").map((s) => [s, "America/Chicago"]),
		),
		...Object.fromEntries("CO ID MT NM UT WY".split(" ").map((s) => [s, "America/Denver"])),
		AZ: "America/Phoenix",
		...Object.fromEntries("CA NV OR WA".split(" ").map((s) => [s, "America/Los_Angeles"])),
		AK: "America/Anchorage",
		HI: "Pacific/Honolulu",
	},
	AU: {
		NSW: "Australia/Sydney",
		ACT: "Australia/Sydney",
		VIC: "Australia/Melbourne",
		QLD: "Australia/Brisbane",
		SA: "Australia/Adelaide",
		WA: "Australia/Perth",
		NT: "Australia/Darwin",
		TAS: "Australia/Hobart",
	},
};

/** The zone assumed for a country with several when no city says which: where most trade is. */
export const PRIMARY_ZONES: Record<string, string> = {
	US: "America/New_York",
	CA: "America/Toronto",
	RU: "Europe/Moscow",
	BR: "America/Sao_Paulo",
	AU: "Australia/Sydney",
	MX: "America/Mexico_City",
	ID: "Asia/Jakarta",
	KZ: "Asia/Almaty",
	CN: "Asia/Shanghai",
	AR: "America/Argentina/Buenos_Aires",
	CL: "America/Santiago",
	ES: "Europe/Madrid",
	PT: "Europe/Lisbon",
	DE: "Europe/Berlin",
	EC: "America/Guayaquil",
	MY: "Asia/Kuala_Lumpur",
	NZ: "Pacific/Auckland",
	UA: "Europe/Kyiv",
	CD: "Africa/Kinshasa",
	MN: "Asia/Ulaanbaatar",
	UZ: "Asia/Tashkent",
	VN: "Asia/Ho_Chi_Minh",
	CY: "Asia/Nicosia",
	PS: "Asia/Gaza",
	PG: "Pacific/Port_Moresby",
	GL: "America/Nuuk",
};

/** Countries whose several zones are one clock in practice (China keeps Beijing time). */
export const ONE_CLOCK = new Set(["CN", "ES", "PT", "DE", "EC", "MY", "CY", "PS", "PG", "UZ", "VN", "UA"]);
