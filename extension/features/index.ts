/**
 * Every in-page feature, in one list. Each is one small file: a page predicate and
 * init(signal, runtime); the runtime runs them, re-runs them on navigation and isolates errors.
 */
import type { Feature } from "../runtime/feature";
import listSenderBadges from "./list-sender-badges";
import pageCaptureReport from "./page-capture-report";
import threadCaptureButton from "./thread-capture-button";
import threadSenderBadges from "./thread-sender-badges";

export const gmailFeatures: readonly Feature[] = [
	listSenderBadges,
	threadSenderBadges,
	threadCaptureButton,
	pageCaptureReport,
];
