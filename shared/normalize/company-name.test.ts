import { describe, expect, it } from "vitest";
import { companyNameKey } from "./company-name";

describe("companyNameKey", () => {
	it.each([
		["Shenzhen ABC Electronics Co., Ltd.", "shenzhen abc electronics"],
		["SHENZHEN ABC ELECTRONICS CO LTD", "shenzhen abc electronics"],
		["Shenzhen ABC Electronics Company Limited", "shenzhen abc electronics"],
		["Ningbo Sunrise Import & Export Co., Ltd", "ningbo sunrise import and export"],
		["Acme, Inc.", "acme"],
		["Acme LLC", "acme"],
		["Acme L.L.C.", "acme"],
		["The Coca-Cola Company", "coca cola"],
		["Müller Maschinenbau GmbH", "muller maschinenbau"],
		["Müller Maschinenbau GmbH & Co. KG", "muller maschinenbau"],
		["Grupo Industrial Saltillo, S.A. de C.V.", "grupo industrial saltillo"],
		["Grupo Industrial Saltillo SA de CV", "grupo industrial saltillo"],
		["Distribuciones Pérez S.L.", "distribuciones perez"],
		["Al Noor Trading L.L.C", "al noor trading"],
		["Al Noor Trading FZE", "al noor trading"],
		["Gulf Star General Trading LLC (Dubai)", "gulf star general trading llc dubai"],
		["深圳市华强电子有限公司", "深圳市华强电子"],
		["华为技术有限公司", "华为技术"],
		["浙江吉利控股集团股份有限公司", "浙江吉利控股集团"],
		["トヨタ自動車株式会社", "トヨタ自動車"],
		["삼성전자 주식회사", "삼성전자"],
		["  Ltd  ", "ltd"],
		["Co., Ltd.", "co"],
		["", ""],
	])("%j → %j", (name, expected) => {
		expect(companyNameKey(name)).toBe(expected);
	});

	it("gives one key for spellings of one company", () => {
		const spellings = [
			"ABC Trading Co., Ltd.",
			"abc trading co ltd",
			"ABC TRADING CO.,LTD",
			"A.B.C Trading Limited",
		];
		const keys = new Set(spellings.map(companyNameKey));
		expect([...keys]).toEqual(["abc trading"]);
	});
});
