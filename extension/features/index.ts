/**
 * Every in-page feature, registered per site. A content script imports its site's list module
 * directly (./gmail, …) so its bundle holds only its own features; this index gathers them all
 * for the conventions test (tests/extension/site-boundaries.test.ts).
 */
import type { Feature } from "../runtime/feature";
import { alibabaFeatures } from "./alibaba";
import { gmailFeatures } from "./gmail";

export { alibabaFeatures, gmailFeatures };

export const allFeatures: readonly Feature[] = [...gmailFeatures, ...alibabaFeatures];
