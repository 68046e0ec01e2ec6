/// <reference types="vite/client" />

/** Build-time settings of a development build (see store/settings.ts). */
interface ImportMetaEnv {
	readonly WXT_API_URL?: string;
	readonly WXT_API_TOKEN?: string;
}
