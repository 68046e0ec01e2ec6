/**
 * A saved email (.eml) from any mail client, read into a PageCapture for the side panel.
 * The parser (postal-mime, signature and phone tools) is loaded on first use, so the panel's
 * first render does not wait for it.
 */
import type { PageCapture } from "../../../shared/schema/page-capture";

/** Larger files are attachments-heavy mail the panel need not hold in memory to read a sender. */
export const MAX_EML_BYTES = 10 * 1024 * 1024;

export type EmlProblem = "notEml" | "tooLarge" | "empty" | "unreadable";

export type EmlResult = { ok: true; capture: PageCapture } | { ok: false; problem: EmlProblem };

/** What the panel needs of a File (a dropped or picked one). */
export interface EmlFile {
	name: string;
	size: number;
	type: string;
	arrayBuffer(): Promise<ArrayBuffer>;
}

/** Why this file cannot be read as an email, before reading it; null when it may be. */
export function emlFileProblem(file: Pick<EmlFile, "name" | "size" | "type">): EmlProblem | null {
	const named = /\.eml$/i.test(file.name.trim());
	if (!named && file.type.toLowerCase() !== "message/rfc822") return "notEml";
	if (file.size > MAX_EML_BYTES) return "tooLarge";
	if (file.size === 0) return "empty";
	return null;
}

/** The email as a capture, or why it cannot be one. Never throws. */
export async function readEmlFile(file: EmlFile): Promise<EmlResult> {
	const problem = emlFileProblem(file);
	if (problem !== null) return { ok: false, problem };
	try {
		const [{ parseEml }, bytes] = await Promise.all([
			import("../../../shared/email/parse-eml"),
			file.arrayBuffer(),
		]);
		const capture = await parseEml(new Uint8Array(bytes));
		return looksLikeMail(capture) ? { ok: true, capture } : { ok: false, problem: "unreadable" };
	} catch {
		return { ok: false, problem: "unreadable" };
	}
}

/** MIME parsers read almost anything; mail has at least one address in its headers. */
function looksLikeMail(capture: PageCapture): boolean {
	return capture.contacts.some(
		(contact) => contact.email !== undefined && contact.sources.email === "attribute",
	);
}
