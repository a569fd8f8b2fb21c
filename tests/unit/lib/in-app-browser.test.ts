import { describe, expect, it } from 'vitest';
import { inAppBrowser } from '../../../src/lib/in-app-browser';

const URL_ = 'https://guide.example/guides/kg-inicis-contract/';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-S918N Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile Safari/537.36';

describe('inAppBrowser', () => {
	it('KakaoTalk on any phone: its own scheme opens the default browser', () => {
		expect(inAppBrowser(`${IPHONE} KAKAOTALK 10.4.5`, URL_)).toEqual({
			app: '카카오톡',
			openExternal: 'kakaotalk://web/openExternal?url=https%3A%2F%2Fguide.example%2Fguides%2Fkg-inicis-contract%2F',
		});
	});

	it('LINE: the openExternalBrowser parameter', () => {
		expect(inAppBrowser(`${IPHONE} Safari Line/13.6.1`, URL_)?.openExternal).toBe(`${URL_}?openExternalBrowser=1`);
	});

	it('Naver, Instagram and Facebook: an Android intent, nothing on iPhone', () => {
		expect(inAppBrowser(`${ANDROID} NAVER(inapp; search; 2000; 12.5.3)`, URL_)).toEqual({
			app: '네이버',
			openExternal: 'intent://guide.example/guides/kg-inicis-contract/#Intent;scheme=https;action=android.intent.action.VIEW;end',
		});
		expect(inAppBrowser(`${IPHONE} Instagram 330.0.3.12.235`, URL_)).toEqual({ app: '인스타그램', openExternal: null });
		expect(inAppBrowser(`${IPHONE} [FBAN/FBIOS;FBAV/460.0.0.40.104]`, URL_)).toEqual({ app: '페이스북', openExternal: null });
	});

	it('keeps the fragment, where a restore link carries the progress, on every way out', () => {
		const link = `${URL_}?utm_source=kakao#c=1.kg-inicis.AbC-_9`;
		const kakao = inAppBrowser(`${IPHONE} KAKAOTALK 10.4.5`, link)!.openExternal!;
		expect(decodeURIComponent(new URL(kakao).searchParams.get('url')!)).toBe(link);
		expect(inAppBrowser(`${IPHONE} Safari Line/13.6.1`, link)?.openExternal).toBe(`${URL_}?utm_source=kakao&openExternalBrowser=1#c=1.kg-inicis.AbC-_9`);
		for (const app of ['Instagram 330.0.3.12.235', 'NAVER(inapp; search; 2000; 12.5.3)', 'KAKAOTALK 10.4.5']) {
			const external = inAppBrowser(`${ANDROID} ${app}`, link)!.openExternal!;
			// Android's Intent.parseUri takes the intent from the last `#`; what is before it is the page's address.
			const page = external.startsWith('intent:') ? `https:${external.slice('intent:'.length, external.lastIndexOf('#Intent;'))}` : decodeURIComponent(new URL(external).searchParams.get('url')!);
			expect(page, app).toBe(link);
		}
	});

	it('an ordinary browser is none', () => {
		expect(inAppBrowser(IPHONE, URL_)).toBeNull();
		expect(inAppBrowser(ANDROID.replace('; wv', ''), URL_)).toBeNull();
	});
});
