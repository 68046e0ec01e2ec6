export { parseContactText } from "./parse-contact-text";
export { splitSignature } from "./split-signature";
export type { ParsedContact } from "./types";
