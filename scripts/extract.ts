/**
 * npm run extract -- <saved-page.html | message.eml> [--url <page url>]
 * Prints the JSON our extractors get from a saved Gmail page (thread or list, auto-detected), a
 * saved Alibaba seller page (give its address with --url: the page kind comes from it, page state
 * from the page's inline scripts) or an email file, so a layout change or a bad parse can be seen
 * and reported precisely; then, when the buyer's words make an inquiry,
 * `inquiry: {quantity, unit, incoterm, port, …, quality}`.
 */
import { emailInquiry } from "../shared/inquiry/email-inquiry";
import { inquirySummary } from "../shared/inquiry/read-inquiry";
import { extractFile } from "./extract/extract-file";

async function main(argv: string[]): Promise<number> {
	const urlFlag = argv.indexOf("--url");
	const url = urlFlag >= 0 ? argv[urlFlag + 1] : undefined;
	const files = argv.filter((arg, i) => !arg.startsWith("--") && (urlFlag < 0 || i !== urlFlag + 1));
	if (files.length === 0) {
		console.error("usage: npm run extract -- <saved-page.html | message.eml> [--url <page url>]");
		return 2;
	}
	for (const file of files) {
		try {
			const capture = await extractFile(file, url);
			console.log(JSON.stringify(capture, null, 2));
			const inquiry = emailInquiry(capture);
			if (inquiry !== null) console.log(`inquiry: ${JSON.stringify(inquirySummary(inquiry))}`);
		} catch (error) {
			console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
			return 1;
		}
	}
	return 0;
}

main(process.argv.slice(2)).then((code) => {
	process.exitCode = code;
});
