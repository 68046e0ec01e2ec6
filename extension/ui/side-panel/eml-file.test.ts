import { describe, expect, it } from "vitest";
import { emlFileProblem, MAX_EML_BYTES, readEmlFile } from "./eml-file";

const file = (name: string, size = 100, type = "") => ({ name, size, type });

describe("which files the panel reads as email", () => {
	it("takes .eml by name (any case) or by the message/rfc822 type", () => {
		expect(emlFileProblem(file("Inquiry.EML"))).toBeNull();
		expect(emlFileProblem(file("message", 100, "message/rfc822"))).toBeNull();
		expect(emlFileProblem(file("inquiry.msg", 100, "application/vnd.ms-outlook"))).toBe("notEml");
		expect(emlFileProblem(file("photo.eml.png", 100, "image/png"))).toBe("notEml");
	});

	it("refuses files over the size limit and empty ones, before reading them", async () => {
		expect(emlFileProblem(file("a.eml", MAX_EML_BYTES))).toBeNull();
		expect(emlFileProblem(file("a.eml", MAX_EML_BYTES + 1))).toBe("tooLarge");
		expect(emlFileProblem(file("a.eml", 0))).toBe("empty");
		let read = false;
		const huge = {
			...file("huge.eml", MAX_EML_BYTES + 1),
			arrayBuffer: async () => {
				read = true;
				return new ArrayBuffer(0);
			},
		};
		expect(await readEmlFile(huge)).toEqual({ ok: false, problem: "tooLarge" });
		expect(read).toBe(false);
	});

	it("text without mail headers is not an email, however it is named", async () => {
		const words = new File(["Dear Li,\nplease quote.\nTel: +971 50 123 4567 omar@gulf-imports.ae"], "w.eml");
		expect(await readEmlFile(words)).toEqual({ ok: false, problem: "unreadable" });
		const mail = new File(["From: Omar <omar@gulf-imports.ae>\r\nSubject: Hi\r\n\r\nHello"], "m.eml");
		const read = await readEmlFile(mail);
		expect(read.ok && read.capture.contacts[0]?.email).toBe("omar@gulf-imports.ae");
	});
});
