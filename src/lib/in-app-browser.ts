/**
 * Chat and social apps open links in their own in-app browsers, whose storage is separate from the phone's
 * browser: progress ticked there is not in Safari or Chrome. This names the app and, where the platform allows,
 * the address that opens the page in the default browser, fragment included (a restore link's `#c=…` is the
 * progress itself).
 */

export interface InAppBrowser {
	/** The app's name, in Korean. */
	app: string;
	/** An address that opens `url` in the phone's default browser, or null where the app offers no way. */
	openExternal: string | null;
}

const APPS: [RegExp, string][] = [
	[/KAKAOTALK/i, '카카오톡'],
	[/NAVER\(inapp/i, '네이버'],
	[/Instagram/, '인스타그램'],
	[/FBAN|FBAV|FB_IAB/, '페이스북'],
	[/\bLine\//, '라인'],
];

/**
 * The in-app browser `userAgent` belongs to, or null.
 * @example inAppBrowser('… KAKAOTALK 10.4.5', 'https://a.example/x/') → { app: '카카오톡', openExternal: 'kakaotalk://web/openExternal?url=https%3A%2F%2Fa.example%2Fx%2F' }
 */
export function inAppBrowser(userAgent: string, url: string): InAppBrowser | null {
	const app = APPS.find(([pattern]) => pattern.test(userAgent))?.[1];
	if (!app) return null;
	if (app === '카카오톡') return { app, openExternal: `kakaotalk://web/openExternal?url=${encodeURIComponent(url)}` };
	// LINE opens a link in the default browser when asked to by this query parameter.
	if (app === '라인') {
		const external = new URL(url);
		external.searchParams.set('openExternalBrowser', '1');
		return { app, openExternal: external.href };
	}
	// On Android, an intent without a package lets the system open its default browser. The page's own fragment
	// (a restore link's `#c=…`) stays before `#Intent;`: Android reads the intent from the last `#`.
	if (/Android/i.test(userAgent)) {
		const { host, pathname, search, hash, protocol } = new URL(url);
		return { app, openExternal: `intent://${host}${pathname}${search}${hash}#Intent;scheme=${protocol.slice(0, -1)};action=android.intent.action.VIEW;end` };
	}
	return { app, openExternal: null };
}
