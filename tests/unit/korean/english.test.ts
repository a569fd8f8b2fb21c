import { describe, expect, it } from 'vitest';
import { englishWord, plainForms } from '../../../src/lib/korean/english';
import { parseQuery } from '../../../src/lib/korean/query';

describe('English query words', () => {
	it('finds the Korean word of an inflected English one', () => {
		expect(englishWord('partner')).toBe('파트너');
		expect(englishWord('partners')).toBe('파트너');
		expect(englishWord('fees')).toBe('수수료');
		expect(englishWord('settings')).toBe('설정');
		expect(englishWord('categories')).toBe('카테고리');
		expect(englishWord('refunded')).toBe('환불');
		expect(englishWord('settling')).toBeUndefined();
		expect(englishWord('scheduled')).toBe('예약');
		expect(englishWord('expired')).toBe('만료');
		expect(englishWord('issues')).toBe('발급');
	});

	it('leaves short words and words ending in ss as typed', () => {
		expect(plainForms('fees')).toEqual(['fees', 'fe', 'fee']);
		expect(plainForms('pass')).toEqual(['pass']);
		expect(plainForms('ids')).toEqual(['ids']);
		expect(englishWord('toString')).toBeUndefined();
		expect(englishWord('constructor')).toBeUndefined();
	});

	it('sets aside the function words of an English query, and reads Latin words alone as typed', () => {
		const parsed = parseQuery('partner custom attribute rename after registration');
		expect(parsed.terms).toEqual(['파트너', '커스텀', '속성', 'rename', '등록']);
		expect(parsed.functionWords).toEqual(['after']);
		expect(parsed.alternatives[0]).toEqual(['partner']);
		// Without an English word of the table, Latin words are not read as English.
		expect(parseQuery('after').terms).toEqual(['after']);
	});

	it("reads two-word phrases as the articles' one word", () => {
		expect(parseQuery('kcp simple pay apply').terms).toEqual(['kcp', '간편결제', '신청']);
		expect(parseQuery('global payletter settlement every thursday').terms).toContain('목요일');
	});
});
