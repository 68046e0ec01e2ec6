/**
 * The words of an inquiry, in English, Chinese and Spanish (with some French and Arabic from the
 * Alibaba pages): one vocabulary for Alibaba inquiries and email bodies alike. Pure tables; the
 * reader is read-inquiry.ts.
 */

export const UNIT =
	"piece\\/pieces|pieces?|pcs|set\\/sets|sets?|units?|metric tons?|tons?|tonnes?|toneladas?|kgs?|kilograms?|kilos?|meters?|metres?|metros?|cartons?|cajas?|pairs?|pares|boxes|rolls?|rollos?|bags?|bolsas?|containers?|contenedores?|dozens?|piezas?|unidades|juegos|pi[eè]ces|unit[eé]s|件|个|套|台|吨|米|箱|双|只|条|卷|柜|片|公斤";
/** A quantity and its unit: "5,000 pcs", "5.000 piezas", "10k pcs", "3000 套", "2万件". */
export const QUANTITY = new RegExp(
	`(\\d{1,3}(?:[,，.]\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)\\s*([kK]|万)?\\s*(${UNIT})(?![a-z])`,
	"i",
);
const MONEY =
	"(?:US\\s?\\$|USD|\\$|EUR|€|AED|MXN|RMB|CNY)\\s*\\d[\\d,.]*|\\d[\\d,.]*\\s*(?:USD|EUR|€|AED|MXN|RMB|CNY|美元|欧元|元|dollars?|d[oó]lares|euros?)";
export const PRICE_LABELLED = new RegExp(
	`(?:target price|price|budget|precio objetivo|precio|presupuesto|prix cible|prix|目标价格?|单价|价格|预算|السعر)[^\\d\\n$€,;，；。]{0,20}(${MONEY})`,
	"i",
);
export const PRICE_PER_UNIT = new RegExp(
	`(${MONEY})\\s*(?:\\/|per|por|par|每)\\s*[a-z\\u4e00-\\u9fff]+`,
	"i",
);
export const INCOTERM = /\b(EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DAT)\b/;
/** The named place after an incoterm ("FOB Ningbo", "FOB 深圳价格", "CIF puerto de Veracruz"). */
export const INCOTERM_PLACE =
	/\b(?:EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP)\s*(?:port of\s+|puerto de\s+)?(?:(?!Price|Please|Port|Terms|Term|Basis|Incoterms?|And|Or|To|Precio|Por|Con)([A-Z][a-zA-Z]+(?:[ -](?:Ali|Said|Klang|Angeles|Aires|Beach|City|Port|Bay|Elizabeth))?)|([\u4e00-\u9fff]{2,4}?)(?=港|价|报|的|口岸|[，,。\s]|$))/;
/** A port without an incoterm: "port of Jebel Ali", "Jebel Ali port", "宁波港", "puerto de Manzanillo". */
export const PORT_NAMED =
	/\b(?:port of|puerto de)\s+([A-Z][a-zA-Z]+(?:[ -][A-Z][a-zA-Z]+)?)|\b([A-Z][a-zA-Z]+(?: [A-Z][a-zA-Z]+)?)\s+port\b|([\u4e00-\u9fff]{2,3})港/;
export const NUMERIC_SPEC =
	/\d+(?:\.\d+)?\s*(?:mm|cm|inch(?:es)?|kw|w|v|hz|mah|kg|gsm|ml|l|lm|m)\b|\d+\s*[x×*]\s*\d+|\b(?:SS|AISI)\s?\d{3}\b|\bIP\d{2}\b/i;
export const SPEC_WORDS =
	/specifications?|specs|material|dimensions?|size|colou?r|model|voltage|power|capacity|thickness|grade|certificat\w*|certified|stainless|\bCE\b|RoHS|\bFDA\b|\bISO\s?\d+|规格|材质|尺寸|颜色|型号|电压|功率|认证|厚度|especificaci\w+|medidas?|tamaño|material|calibre|couleur|taille|mati[eè]re/gi;
export const SAMPLE = /\bsamples?\b|样品|样板|打样|muestras?\b|[ée]chantillons?|عينة/i;
export const CATALOGUE =
	/catalog(?:ue)?s?|price ?list|send (?:me )?(?:your )?(?:best |latest )?(?:price|quotation)s?\b|产品目录|目录|价格表|价目表|报价单|cat[aá]logos?|lista de precios|liste de prix|tarifs?\b|كتالوج|قائمة الأسعار/i;
/** Words that make a message an inquiry at all (nothing else found, it is still an inquiry). */
export const INQUIRY_WORDS =
	/\b(?:inquiry|enquiry|quote|quotation|RFQ|purchase order|interested in (?:your|buying)|we (?:want|would like|need) to (?:buy|order|purchase|import))\b|询价|询盘|报价|采购|订购|求购|cotizaci[oó]n|cotizar|pedido|comprar|demande de prix|devis/i;
/** Marks of spam and phishing dressed as an inquiry. */
export const SPAM_LIKE =
	/lottery|inheritance|beneficiary|you have won|claim your|verify your (?:account|mailbox|email)|bitcoin|crypto ?currency|first page of google|\bSEO\b|guaranteed rank|click (?:here|the link|below)|wire (?:the )?(?:fee|transfer fee)|western union|中奖|恭喜您|点击链接|刷单|ganador|premio|haga clic|verifique su cuenta/i;

/** Delivery wanted by a date or within a time: the phrase, then the date (see delivery-date.ts). */
export const DELIVERY =
	/(?:deliver(?:y|ed)?|ship(?:ment|ped)?|arrive|need (?:them|it|the goods|the order)|lead time|in (?:our |the )?warehouse)[^.\n]{0,20}?\b(?:by|before|no later than|within|until|on)\s+([^.\n,;]{3,30})|(?:交货期?|交期|货期|到货|发货|出货)[^。\n，]{0,6}?(\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}[日号]|\d+\s*(?:天|日|周|个?星期|个月))|(\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}[日号])(?:之?前)(?:交货|到货|发货|出货)|(?:entrega|entregar|enviar|embarque|llegar)[^.\n]{0,20}?(?:antes del?|para el|a más tardar el|en|dentro de)\s+([^.\n,;]{3,30})/i;
