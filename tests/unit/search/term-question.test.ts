import { describe, expect, it } from 'vitest';
import { askedTerm, glossaryMatcher, termsOfFilter } from '../../../src/lib/search/term-question';
import { parseQuery } from '../../../src/lib/korean/query';

const matcher = glossaryMatcher(['mid=MID', 'mid=상점아이디', 'mid=사이트코드', 'portone-version=V1·V2', 'portone-version=V1', 'portone-version=V2', 'key-file=키파일']);
const asked = (query: string) => {
	const { terms, functionWords } = parseQuery(query);
	return askedTerm(terms, functionWords, matcher)?.id;
};

describe('askedTerm', () => {
	it.each([
		['MID가 뭐예요', 'mid'],
		['상점 아이디 뜻', 'mid'],
		['사이트코드', 'mid'],
		['V1 V2 차이가 뭐예요', 'portone-version'],
		['V1이랑 V2 뭐가 달라요', 'portone-version'],
		['키파일이 뭐에요', 'key-file'],
	])('%s → %s', (query, id) => expect(asked(query)).toBe(id));

	it.each(['키파일 어디로 보내요', 'MID 키파일', 'MID 사이트코드 테스트', '차이', 'V1 연동', 'MID 언제 나와요', '키파일 얼마나 걸려요'])('%s asks something else', (query) => expect(asked(query)).toBeUndefined());
});

describe('termsOfFilter', () => {
	it('groups the names by term and skips a value without an id', () => {
		expect(termsOfFilter(['mid=MID', 'broken', 'mid=사이트코드', '=x'])).toEqual([{ id: 'mid', term: 'MID', names: ['사이트코드'], pgNames: [], exclude: [] }]);
	});
});
