import { describe, expect, it } from 'vitest';
import { askedTerm, glossaryMatcher, termsOfFilter } from '../../../src/lib/search/term-question';
import { parseQuery } from '../../../src/lib/korean/query';

const matcher = glossaryMatcher([
	'mid=MID',
	'mid=상점아이디',
	'mid=사이트코드',
	'portone-version=V1·V2',
	'portone-version=V1',
	'portone-version=V2',
	'key-file=키파일',
	'channel=채널',
	'portone-check=포트원 1차 검수',
	'admin-console=관리자콘솔',
	'payment-window=결제창 방식',
]);
const asked = (query: string) => {
	const { terms, functionWords, defines } = parseQuery(query);
	return askedTerm(terms, functionWords, matcher, defines)?.id;
};

describe('askedTerm', () => {
	it.each([
		['MID가 뭐예요', 'mid'],
		['상점 아이디 뜻', 'mid'],
		['사이트코드', 'mid'],
		['V1 V2 차이가 뭐예요', 'portone-version'],
		['V1이랑 V2 뭐가 달라요', 'portone-version'],
		['키파일이 뭐에요', 'key-file'],
		['MID가 정확히 뭐예요', 'mid'],
		// The platform's name around a term is where the word is used, not more asked; a name holding it is tried whole.
		['포트원에서 말하는 채널이 뭐예요', 'channel'],
		['포트원 1차 검수가 뭐예요', 'portone-check'],
		// 이란 게, 라는 건: the meaning asked, whatever else is asked of it.
		['관리자콘솔이란 게 포트원 화면이에요 pg사 화면이에요?', 'admin-console'],
		['결제창 방식이란 게 결제수단을 pg사 창에서 고르는 거예요?', 'payment-window'],
		['키파일이라는 건 V1에서만 써요?', 'key-file'],
	])('%s → %s', (query, id) => expect(asked(query)).toBe(id));

	it.each(['키파일 어디로 보내요', 'MID 키파일', 'MID 사이트코드 테스트', '차이', 'V1 연동', 'MID 언제 나와요', '키파일 얼마나 걸려요', '포트원', '포트원 채널 만들기', '키파일이란 게 어디로 보내는 거예요', '채널 설정 방법이란'])('%s asks something else', (query) => expect(asked(query)).toBeUndefined());
});

describe('termsOfFilter', () => {
	it('groups the names by term and skips a value without an id', () => {
		expect(termsOfFilter(['mid=MID', 'broken', 'mid=사이트코드', '=x'])).toEqual([{ id: 'mid', term: 'MID', names: ['사이트코드'], pgNames: [], exclude: [] }]);
	});
});
