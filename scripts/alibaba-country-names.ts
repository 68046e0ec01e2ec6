/**
 * npx tsx scripts/alibaba-country-names.ts — writes extension/public/alibaba-country-names.json, the country
 * names table the Alibaba content script loads at start (see extension/sites/alibaba/country.ts).
 * A test fails when the committed file and its sources disagree.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { COUNTRY_NAMES_FILE } from "../extension/sites/alibaba/country";
import { buildCountryNames } from "../extension/sites/alibaba/country-names-table";

const file = path.join(import.meta.dirname, "../extension/public", COUNTRY_NAMES_FILE);
writeFileSync(file, `${JSON.stringify(buildCountryNames(), null, 2)}\n`);
console.log(`wrote ${file}`);
