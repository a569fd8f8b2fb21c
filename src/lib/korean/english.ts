/**
 * English words of this domain as merchants type them beside a PG name ("kakaopay contract", "toss fee"),
 * and the Korean word the articles use. Like the Latin PG names of ./aliases.ts, a word found here searches
 * for the Korean one. Phrases of two words ("key file") are read before single words.
 */
export const ENGLISH_WORDS: Readonly<Record<string, string>> = {
	contract: '계약',
	contracts: '계약',
	fee: '수수료',
	fees: '수수료',
	commission: '수수료',
	review: '심사',
	refund: '환불',
	refunds: '환불',
	cancel: '취소',
	cancellation: '취소',
	settlement: '정산',
	test: '테스트',
	channel: '채널',
	keyfile: '키파일',
	document: '서류',
	documents: '서류',
	application: '신청',
	apply: '신청',
	webhook: '웹훅',
	resend: '재발송',
	partner: '파트너',
	payment: '결제',
	error: '오류',
	receipt: '영수증',
	escrow: '에스크로',
	billing: '빌링',
	login: '로그인',
	account: '계정',
	vat: '부가세',
	international: '해외결제',
	overseas: '해외결제',
	guarantee: '보증보험',
	insurance: '보증보험',
};

/** Two-word English phrases, read as one word. */
export const ENGLISH_PHRASES: Readonly<Record<string, string>> = {
	'key file': '키파일',
	'virtual account': '가상계좌',
	'card review': '카드사 심사',
	'test mode': '테스트',
};

/**
 * Query words with English phrases joined into their Korean word (`['inicis', 'key', 'file']` →
 * `['inicis', '키파일']`); other words as they are.
 */
export function joinEnglishPhrases(words: string[]): string[] {
	const joined: string[] = [];
	for (let index = 0; index < words.length; index++) {
		const pair = `${words[index]!.toLowerCase()} ${words[index + 1]?.toLowerCase() ?? ''}`;
		if (ENGLISH_PHRASES[pair]) {
			joined.push(...ENGLISH_PHRASES[pair].split(' '));
			index++;
		} else joined.push(words[index]!);
	}
	return joined;
}
