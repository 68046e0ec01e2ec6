/** The Alibaba.com driver: the only code that knows these pages. */
export { buyerKeys } from "./buyer-keys";
export { confirmedOnly } from "./confirmed-only";
export { extractAlibaba } from "./extract";
export { findAlibabaContent } from "./finders";
export { ALIBABA_MATCHES } from "./matches";
export { type AlibabaPageKind, alibabaPageKind } from "./page-kind";
export type { AlibabaState } from "./page-state";
export { alibabaPageState, PageStateBridge } from "./state-bridge";
export { installStateReporter } from "./state-reporter";
export type { AlibabaExtraction, AlibabaRow, KnownBuyers } from "./types";
