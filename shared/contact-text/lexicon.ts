/** Words that make a short line a job title ("Sales Manager", "采购经理", "Gerente de Compras", "مدير المشتريات"). */
export const TITLE_PATTERN = new RegExp(
	[
		"\\b(?:manager|director|directora|officer|ceo|cfo|coo|cto|cmo|president|vice[- ]president|vp|founder|co-founder|owner|partner|buyer|purchaser|purchasing|procurement|sourcing|sales|marketing|merchandiser|executive|representative|coordinator|assistant|specialist|supervisor|head of|chief|engineer|consultant|agent|chairman|chairwoman|gm|account manager|import manager|export manager|logistics|secretary|accountant)\\b",
		"\\b(?:gerente|director|jefe|jefa|comprador|compradora|compras|ventas|ejecutivo|ejecutiva|representante|coordinador|coordinadora|asistente|presidente|propietario|propietaria|dueño|dueña|fundador|fundadora|socio|socia|encargado|encargada|ingeniero|ingeniera|administrador|administradora)\\b",
		"\\b(?:directeur|directrice|responsable|acheteur|acheteuse|gérant|gérante|commercial|geschäftsführer|geschäftsführerin|einkauf|einkäufer|einkäuferin|vertrieb|leiter|leiterin|inhaber|inhaberin)\\b",
		"(?:经理|經理|总监|總監|主管|采购|採購|业务员|業務員|业务|業務|外贸|外貿|销售|銷售|董事长|董事長|董事|总裁|總裁|老板|老闆|助理|专员|專員|跟单|跟單|代表|厂长|廠長|负责人|負責人|工程师|工程師|主任|创始人|創始人|合伙人)",
		"(?:مدير|المدير|مديرة|مسؤول|مسؤولة|مشتريات|المشتريات|المبيعات|مبيعات|رئيس|مالك|مؤسس|منسق|منسقة|مندوب|مهندس|الرئيس التنفيذي)",
	].join("|"),
	"iu",
);

/** Legal forms and trade words that make a short line a company name on their own. */
export const COMPANY_STRONG_PATTERN = new RegExp(
	[
		"\\b(?:co\\.?,?\\s*ltd|co\\.,?\\s*limited|company\\s+limited|ltd|limited|llc|l\\.l\\.c|inc|incorporated|corp|corporation|gmbh|plc|llp|pty|pte|sdn\\.?\\s*bhd|fze|fzco|fzc|fz-llc|ltda|sarl|s\\.?a\\.?s|s\\.?r\\.?l|s\\.?p\\.?a|s\\.?\\s?a\\.?\\s+de\\s+c\\.?\\s?v|s\\.?\\s?de\\s+r\\.?\\s?l|b\\.v|n\\.v|w\\.l\\.l)\\b\\.?",
		"(?:^|\\s)(?:s\\.a|s\\.l|a\\.g|k\\.g)\\.?(?=\\s|$|,)",
		"\\b(?:s\\.?a|ag|kg|co|est)\\.?\\s*$",
		"\\b(?:trading|import\\s*(?:&|and)\\s*export|imp\\.?\\s*&\\s*exp|importadora|exportadora|comercializadora|distribuidora)\\b",
		"(?:有限公司|有限责任公司|股份有限公司|公司|集团|集團|工厂|工廠|厂|廠|商行|贸易行|株式会社)\\s*[)）]?\\s*$",
		"(?:有限公司|有限責任公司)",
		"(?:^|\\s)(?:شركة|مؤسسة|للتجارة|ذ\\.?م\\.?م)(?:\\s|$)",
	].join("|"),
	"iu",
);

/** Trade words that make a short line a company name only when it is not a job title. */
export const COMPANY_WEAK_PATTERN =
	/\b(?:industries|industrial|enterprises?|manufacturing|manufacturer|factory|group|holdings?|international|distributors?|grupo|industrias|compañía|company|corporativo)\b|(?:^|\s)(?:مجموعة|التجارية)(?:\s|$)/iu;

/** Words that, alone or with a comma, close a letter before the signature. */
const CLOSINGS = [
	"best regards",
	"kind regards",
	"warm regards",
	"warmest regards",
	"with best regards",
	"with kind regards",
	"best wishes",
	"regards",
	"rgds",
	"br",
	"best",
	"thanks and regards",
	"thanks & regards",
	"thanks and best regards",
	"thanks",
	"thank you",
	"many thanks",
	"thanks a lot",
	"cheers",
	"sincerely",
	"yours sincerely",
	"sincerely yours",
	"yours faithfully",
	"yours truly",
	"cordially",
	"respectfully",
	"saludos",
	"saludos cordiales",
	"un saludo",
	"un cordial saludo",
	"atentamente",
	"cordialmente",
	"gracias",
	"muchas gracias",
	"quedo atento",
	"quedo atenta",
	"cordialement",
	"bien à vous",
	"mit freundlichen grüßen",
	"mit freundlichen grüssen",
	"freundliche grüße",
	"viele grüße",
	"此致",
	"敬礼",
	"此致敬礼",
	"祝好",
	"谢谢",
	"謝謝",
	"多谢",
	"顺祝商祺",
	"順祝商祺",
	"顺颂商祺",
	"祝商祺",
	"商祺",
	"祝工作顺利",
	"祝一切顺利",
	"致礼",
	"مع تحياتي",
	"مع أطيب التحيات",
	"مع خالص التحيات",
	"مع التحية",
	"تحياتي",
	"وتفضلوا بقبول فائق الاحترام",
	"شكرا",
	"شكراً",
	"مع الشكر",
	"وشكرا",
];
const CLOSING_WORDS = CLOSINGS.map((word) => word.replace(/ /g, "\\s+")).join("|");
const CLOSING_PATTERN = new RegExp(`^\\s*(?:${CLOSING_WORDS})\\s*[,.!，。、،:：！~-]*\\s*$`, "iu");
const CLOSING_WITH_TEXT = new RegExp(`^\\s*(?:${CLOSING_WORDS})\\s*[,，،]\\s*(\\S.*)$`, "iu");

export function isClosingLine(line: string): boolean {
	return CLOSING_PATTERN.test(line);
}

/** What follows a closing on its own line ("Best regards, Lily" → "Lily"), or null. */
export function textAfterClosing(line: string): string | null {
	return CLOSING_WITH_TEXT.exec(line)?.[1]?.trim() ?? null;
}
