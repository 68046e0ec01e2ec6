export { htmlToText } from "./html-to-text";
export { parseEml } from "./parse-eml";
export { stripQuotedReply } from "./strip-quoted-reply";
