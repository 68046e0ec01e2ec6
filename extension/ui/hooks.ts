import { liveQuery } from "dexie";
import { useEffect, useState } from "preact/hooks";
import { getLocale, type Locale, onLocaleChange } from "../i18n";
import { describeFailure } from "../sync/api-error";

/** The value of a Dexie query, kept current as the database changes (in any extension context). */
export function useLive<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
	const [value, setValue] = useState<T>(initial);
	useEffect(() => {
		const subscription = liveQuery(query).subscribe({
			next: (next) => setValue(() => next),
			error: (error: unknown) => console.error("tierline: live query failed", error),
		});
		return () => subscription.unsubscribe();
	}, deps);
	return value;
}

/** Re-renders the caller when the language setting changes. */
export function useLocale(): Locale {
	const [locale, setLocale] = useState(getLocale());
	useEffect(() => onLocaleChange(setLocale), []);
	return locale;
}

/** Runs an async action with busy and error state, for buttons. */
export function useAction<A extends unknown[]>(action: (...args: A) => Promise<unknown>) {
	const [busy, setBusy] = useState(false);
	const [error, setError] = useState<string | null>(null);
	const run = async (...args: A) => {
		setBusy(true);
		setError(null);
		try {
			await action(...args);
		} catch (e) {
			// The server's own words: a problem's detail and every field it names.
			setError(describeFailure(e));
		} finally {
			setBusy(false);
		}
	};
	return { run, busy, error, setError };
}
