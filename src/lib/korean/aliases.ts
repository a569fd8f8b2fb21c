import { jamoDistance } from './typo';

/**
 * How readers type payment gateways in Latin letters, and the name the Korean articles use.
 * A Latin query word found here searches for the Korean name.
 */
export const LATIN_ALIASES: Readonly<Record<string, string>> = {
	inicis: '이니시스',
	kginicis: '이니시스',
	toss: '토스',
	tosspay: '토스페이',
	tosspayments: '토스페이먼츠',
	nice: '나이스',
	nicepay: '나이스페이',
	kakao: '카카오',
	kakaopay: '카카오페이',
	naver: '네이버',
	naverpay: '네이버페이',
	danal: '다날',
	payco: '페이코',
	paypal: '페이팔',
	eximbay: '엑심베이',
	settle: '세틀뱅크',
	settlebank: '세틀뱅크',
	smartro: '스마트로',
	welcome: '웰컴',
	paymentwall: '페이먼트월',
	hecto: '헥토',
	hectofinancial: '헥토파이낸셜',
	kiwoom: '키움페이',
	kiwoompay: '키움페이',
	daou: '키움페이',
	galaxia: '갤럭시아',
	easypay: '이지페이',
	smilepay: '스마일페이',
	applepay: '애플페이',
	payletter: '페이레터',
	mobilians: '모빌리언스',
	welcomepayments: '웰컴페이먼츠',
	portone: '포트원',
	iamport: '아임포트',
};

/** PG names said letter by letter in Hangul (케이씨피 for KCP): the name the articles write. */
export const SPELLED_OUT_ALIASES: Readonly<Record<string, string>> = {
	케이씨피: 'kcp',
	케이에스넷: 'ksnet',
	케이아이씨씨: 'kicc',
	케이피엔: 'kpn',
	엔에이치엔: 'nhn',
};

/**
 * The Korean names of the PGs a text writes in Latin letters, one word or two (TOSS PAYMENTS → 토스페이먼츠,
 * KG INICIS → 이니시스, html5_inicis → 이니시스): indexed beside the text, so that a page listing PGs in
 * English answers a reader who names one in Korean, and holds the name a query requires.
 */
export function koreanPgNames(text: string): string[] {
	const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
	const names = words.flatMap((word, index) => [LATIN_ALIASES[word], LATIN_ALIASES[word + (words[index + 1] ?? '')]]);
	return [...new Set(names.filter((name): name is string => name !== undefined))];
}

/** The platform every article is about (PortOne), not a PG: 포트원에서 narrows nothing. */
export const PLATFORM_NAME = '포트원';

/**
 * Payment gateways and pay services by the names the articles use. A query word naming one is never
 * dropped: a reader who asks for 토스페이 does not want another PG's page.
 */
export const PG_NAMES: readonly string[] = [
	...new Set([
		...Object.values(LATIN_ALIASES).filter((name) => name !== PLATFORM_NAME),
		'kg이니시스',
		'kcp',
		'nhn',
		'ksnet',
		'kicc',
		'kpn',
		'이지페이',
		'키움페이',
		'갤럭시아',
		'페이레터',
		'스마일페이',
		'애플페이',
		'한국결제네트웍스',
		'헥토파이낸셜',
		'kg파이낸셜',
		'모빌리언스',
		'kg모빌리언스',
		'웰컴페이먼츠',
		'나이스정보통신',
	]),
];

/** PG names long enough that one jamo off is still that name, not another word (KG파이낸설, 엑심배이). */
const TYPO_SAFE_NAMES = PG_NAMES.filter((name) => /\p{Script=Hangul}/u.test(name) && [...name].length >= 4);

/**
 * The PG name a word is one jamo off (`kg파이낸설` → kg파이낸셜), if any: a name mistyped is still that PG, and a word
 * read as a typo would not be (the search would not keep to that PG's pages).
 * @example nearPgName('kg파이낸설') // 'kg파이낸셜'
 */
export const nearPgName = (word: string): string | undefined => TYPO_SAFE_NAMES.find((name) => jamoDistance(word, name) === 1);

/** True when a query word names a payment gateway (or starts with one: 토스페이의 → 토스페이). */
export const isPgName = (word: string) => PG_NAMES.some((name) => word.startsWith(name));

/** The PGs a compacted text names, each once (토스페이먼츠, not also 토스). */
export function pgNamesIn(compactText: string): string[] {
	const found = PG_NAMES.filter((name) => compactText.includes(name));
	return found.filter((name) => !found.some((other) => other !== name && other.includes(name)));
}
