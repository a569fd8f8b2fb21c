import { describe, expect, it } from 'vitest';
import { dateTokens, joinDates, withDateTokens } from '../../../src/lib/korean/date-tokens';
import { textTokens } from '../../../src/lib/korean/index-tokens';
import { parseQuery } from '../../../src/lib/korean/query';
import { hasTerm } from '../../../src/lib/search/results';
import { compact } from '../../../src/lib/korean/text';

describe('dates', () => {
	it('reads a day however a notice writes it as the day readers type', () => {
		for (const text of ['이슈 발생시각: 02/13 09시', '2024-02-13 릴리즈', '2024. 02. 13 점검', '2024년 02월 13일 공지', '2월13일'])
			expect(dateTokens(text)).toEqual(expect.arrayContaining(['2월13일', '2월']));
		expect(dateTokens('[2024년 02월] 개인정보처리방침')).toEqual(['2월']);
	});

	it('leaves numbers that are not a day alone', () => {
		expect(dateTokens('2~3영업일, 1.5%, 13/45, 버전 2.1.3, 2024/13/40')).toEqual([]);
	});

	it('indexes the date tokens with the text they come from', () => {
		expect(textTokens('이슈 발생시각: 02/13 09시')).toEqual(expect.arrayContaining(['시각', '2월13일', '2월']));
	});

	it('makes a day typed in two words one query word', () => {
		expect(joinDates('2월 13일 오전에')).toBe('2월13일 오전에');
		expect(joinDates('02/13 결제 02월')).toBe('2월13일 결제 2월');
		expect(parseQuery('2월 13일 오전에 결제내역이 안 보여요').terms).toEqual(['2월13일', '오전', '결제내역']);
	});

	it('lets a day typed one way be found in text that writes it another', () => {
		expect(hasTerm(compact(withDateTokens('발생시각: 02/13 09시')), '2월13일')).toBe(true);
		expect(hasTerm(compact(withDateTokens('발생시각: 02/14 09시')), '2월13일')).toBe(false);
	});
});
