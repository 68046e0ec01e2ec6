import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseContactText } from "./parse-contact-text";

// Signatures written by us in the shapes export sellers and buyers use (names and numbers invented).
describe("parseContactText on signatures", () => {
	it("reads a Chinese seller's signature with a combined mobile/WeChat label", () => {
		const text = [
			"此致",
			"敬礼！",
			"",
			"王丽 Lily Wang",
			"销售经理 | 深圳市华强电子有限公司",
			"手机/微信：+86 138 0013 8000",
			"电话：0755-8888 6666",
			"传真：0755-8888 6667",
			"邮箱：lily@hq-elec.com",
			"网址：www.hq-elec.com",
			"地址：中国广东省深圳市南山区科技园南路88号",
		].join("\n");
		expect(parseContactText(text)).toEqual({
			emails: ["lily@hq-elec.com"],
			phones: ["+8613800138000", "+8675588886666"],
			websites: ["www.hq-elec.com"],
			wechat: "+8613800138000",
			name: "王丽 Lily Wang",
			title: "销售经理",
			company: "深圳市华强电子有限公司",
			address: "中国广东省深圳市南山区科技园南路88号",
			country: "CN",
		});
	});

	it("reads full-width punctuation and digits", () => {
		const parsed = parseContactText(
			"采购经理\n手机：＋８６ １３９ １２３４ ５６７８\n微信号：buyer_zhang2024",
		);
		expect(parsed.title).toBe("采购经理");
		expect(parsed.phones).toEqual(["+8613912345678"]);
		expect(parsed.wechat).toBe("buyer_zhang2024");
	});

	it("reads an Arabic buyer's signature", () => {
		const text = [
			"مع أطيب التحيات،",
			"أحمد المنصوري",
			"مدير المشتريات",
			"شركة النور للتجارة العامة ذ.م.م",
			"هاتف: +971 4 321 1234",
			"جوال: +971 50 123 4567",
			"البريد الإلكتروني: ahmed@alnoor.ae",
			"دبي، الإمارات العربية المتحدة",
		].join("\n");
		expect(parseContactText(text)).toEqual({
			emails: ["ahmed@alnoor.ae"],
			phones: ["+97143211234", "+971501234567"],
			websites: [],
			name: "أحمد المنصوري",
			title: "مدير المشتريات",
			company: "شركة النور للتجارة العامة ذ.م.م",
			country: "AE",
		});
	});

	it("reads a Mexican buyer's signature with the old mobile 1 after +52", () => {
		const text = [
			"Saludos cordiales,",
			"",
			"Juan Carlos Pérez García",
			"Gerente de Compras",
			"Distribuidora Industrial del Norte, S.A. de C.V.",
			"Tel. +52 (81) 8123 4567 | Cel. 81 1234 5678",
			"WhatsApp: +52 1 81 1234 5678",
			"Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L., C.P. 64000, México",
			"www.dinorte.com.mx",
		].join("\n");
		expect(parseContactText(text)).toEqual({
			emails: [],
			phones: ["+528181234567", "+528112345678"],
			websites: ["www.dinorte.com.mx"],
			whatsapp: "+528112345678",
			name: "Juan Carlos Pérez García",
			title: "Gerente de Compras",
			company: "Distribuidora Industrial del Norte, S.A. de C.V.",
			address: "Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L., C.P. 64000, México",
			country: "MX",
		});
	});

	it("reads an English signature with one-letter labels and leaves the fax out of phones", () => {
		const text = [
			"Best regards,",
			"Tom Baker",
			"Purchasing Director",
			"Baker Home Supplies Ltd.",
			"T: +44 (0)20 7946 0958  F: +44 (0)20 7946 0959",
			"M: +44 7911 123456",
			"E: tom.baker@bakerhome.co.uk  W: www.bakerhome.co.uk",
			"Unit 4, Riverside Industrial Estate, London E14 9GE,",
			"United Kingdom",
		].join("\n");
		expect(parseContactText(text)).toEqual({
			emails: ["tom.baker@bakerhome.co.uk"],
			phones: ["+442079460958", "+447911123456"],
			websites: ["www.bakerhome.co.uk"],
			name: "Tom Baker",
			title: "Purchasing Director",
			company: "Baker Home Supplies Ltd.",
			address: "Unit 4, Riverside Industrial Estate, London E14 9GE, United Kingdom",
			country: "GB",
		});
	});

	it("reads name and title on one line, and a closing with the name on it", () => {
		expect(parseContactText("Regards, Priya\nPriya Sharma | Import Manager\nUAE")).toMatchObject({
			name: "Priya",
			country: "AE",
		});
		const parsed = parseContactText(
			"Kind regards,\nLily Wang - Sales Manager\nNingbo Sunrise Import & Export Co., Ltd",
		);
		expect(parsed).toMatchObject({
			name: "Lily Wang",
			title: "Sales Manager",
			company: "Ningbo Sunrise Import & Export Co., Ltd",
		});
	});

	it("reads WhatsApp, WeChat and Skype from a sentence on a web page", () => {
		expect(
			parseContactText(
				"Chat with me on WhatsApp: https://wa.me/8613800138000 or add WeChat ID: lily_wang88. Skype: live:lily.wang",
			),
		).toEqual({
			emails: [],
			phones: [],
			websites: [],
			whatsapp: "+8613800138000",
			wechat: "lily_wang88",
			skype: "live:lily.wang",
			country: "CN",
		});
	});

	it("reads api.whatsapp.com links and WhatsApp numbers without a colon", () => {
		expect(
			parseContactText("Escríbenos https://api.whatsapp.com/send?phone=525512345678&text=Hola").whatsapp,
		).toBe("+525512345678");
		expect(parseContactText("WhatsApp +971 50 123 4567").whatsapp).toBe("+971501234567");
		expect(parseContactText("Tel/WhatsApp: +971 50 123 4567")).toMatchObject({
			phones: ["+971501234567"],
			whatsapp: "+971501234567",
		});
	});

	it("reads labelled names and tells a Contact: name from a Contact: number", () => {
		expect(parseContactText("Contact: Sarah Lee\nSkype: sarah.lee.trade\nWeChat: sarahlee_sz")).toEqual({
			emails: [],
			phones: [],
			websites: [],
			name: "Sarah Lee",
			skype: "sarah.lee.trade",
			wechat: "sarahlee_sz",
		});
		expect(parseContactText("Contact: +86 138 0013 8000")).toEqual({
			emails: [],
			phones: ["+8613800138000"],
			websites: [],
			country: "CN",
		});
		expect(parseContactText("联系人：张伟\n职位：采购经理\n公司：宁波阳光进出口有限公司")).toMatchObject({
			name: "张伟",
			title: "采购经理",
			company: "宁波阳光进出口有限公司",
		});
	});

	it("reads a Ningbo trading company block under a rule, with 0086 numbers", () => {
		const text = [
			"Best Regards",
			"Anna",
			"--------------------------",
			"Ningbo Yinzhou Sunshine Imp. & Exp. Co., Ltd.",
			"Add: No. 88 Jiangnan Road, Yinzhou District, Ningbo, Zhejiang, China",
			"Tel: 0086-574-8765 4321",
			"Mob/Whatsapp/Wechat: 0086 139 5741 2345",
			"Email: anna@sunshine-nb.com",
			"Web: www.sunshine-nb.com",
		].join("\n");
		expect(parseContactText(text)).toEqual({
			emails: ["anna@sunshine-nb.com"],
			phones: ["+8657487654321", "+8613957412345"],
			websites: ["www.sunshine-nb.com"],
			whatsapp: "+8613957412345",
			wechat: "+8613957412345",
			name: "Anna",
			company: "Ningbo Yinzhou Sunshine Imp. & Exp. Co., Ltd.",
			address: "No. 88 Jiangnan Road, Yinzhou District, Ningbo, Zhejiang, China",
			country: "CN",
		});
	});

	it("takes the country from the phone when no country is written", () => {
		expect(parseContactText("Mob: +971 50 123 4567").country).toBe("AE");
		expect(parseContactText("Cel: +52 55 1234 5678").country).toBe("MX");
	});

	it("reads national numbers with the country written in the address", () => {
		const parsed = parseContactText(
			"Tel: 050 123 4567\nAddress: Office 1203, Jumeirah Lake Towers, Dubai, UAE",
		);
		expect(parsed.phones).toEqual(["+971501234567"]);
		expect(parsed.country).toBe("AE");
	});

	it("guesses nothing from prose", () => {
		expect(parseContactText("Hello World, we are interested in your products from China.")).toEqual({
			emails: [],
			phones: [],
			websites: [],
		});
		expect(parseContactText("Order 2024-01-02 total 13800138000 units")).toEqual({
			emails: [],
			phones: [],
			websites: [],
		});
		expect(parseContactText("")).toEqual({ emails: [], phones: [], websites: [] });
	});

	it("does not take messaging links as websites or masked addresses as emails", () => {
		const parsed = parseContactText(
			"Contact j***@gmail.com or https://wa.me/971501234567 or visit https://www.alnoor.ae/en.",
		);
		expect(parsed.emails).toEqual([]);
		expect(parsed.websites).toEqual(["https://www.alnoor.ae/en"]);
	});
});

describe("parseContactText properties", () => {
	it("never throws and returns only E.164 phones", () => {
		const pieces = fc.constantFrom(
			"Tel: ",
			"WhatsApp: ",
			"微信：",
			"+86 138 0013 8000",
			"+971 50 123 4567",
			"0086-",
			"(52) 55 1234 5678",
			"wa.me/",
			"https://api.whatsapp.com/send?phone=",
			"Best regards,\n",
			"此致\n",
			"Co., Ltd.",
			"@",
			"\n",
			" | ",
			"：",
			"مع تحياتي",
		);
		const text = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: "binary", maxLength: 20 })), {
			maxLength: 30,
		});
		fc.assert(
			fc.property(text, (parts) => {
				const parsed = parseContactText(parts.join(""));
				for (const phone of [...parsed.phones, ...(parsed.whatsapp ? [parsed.whatsapp] : [])]) {
					expect(phone).toMatch(/^\+[1-9]\d{6,14}$/);
				}
				for (const email of parsed.emails) expect(email).toMatch(/^[^@\s]+@[^@\s]+\.[^@\s]+$/);
				if (parsed.country !== undefined) expect(parsed.country).toMatch(/^[A-Z]{2}$/);
			}),
			{ numRuns: 400 },
		);
	});
});
