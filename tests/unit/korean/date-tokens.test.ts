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
		expect(dateTokens('[2024년 02월] 개인정보처리방침')).toEqual(['2024년2월', '2월']);
	});

	it('reads a month with its year, in two digits or four, as one token', () => {
		for (const text of ['공고일 : 2024.04.08(월)', '[2024년04월] 이용약관', '시행일 2024-04-15', '2024년 4월 15일'])
			expect(dateTokens(text)).toContain('2024년4월');
		expect(dateTokens('2024.11.04')).not.toContain('2024년4월');
		expect(joinDates('24년 4월 이용약관 개정')).toBe('2024년4월 이용약관 개정');
		expect(joinDates('2025년 1월 31일부터')).toBe('2025년1월 1월31일부터');
		expect(parseQuery('24년 4월 이용약관 개정 때 어떤 조항이 바뀌었어요').terms).toEqual(expect.arrayContaining(['2024년4월', '이용약관']));
	});

	it('does not read a number of years as a year', () => {
		expect(joinDates('5년간 보관')).toBe('5년간 보관');
		expect(dateTokens('10년 보관, 3년 4월')).toEqual(['4월']);
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
