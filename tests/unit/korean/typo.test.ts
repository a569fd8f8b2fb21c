import { describe, expect, it } from 'vitest';
import { jamoDistance, maxTypoDistance, nearestWord } from '../../../src/lib/korean/typo';
import { buildVocabulary, parseVocabulary } from '../../../src/lib/search/vocabulary';

describe('typo distance', () => {
	it('counts jamo edits, a compound vowel as its parts', () => {
		expect(jamoDistance('토스페이먼추', '토스페이먼츠')).toBe(1);
		expect(jamoDistance('가상계자', '가상계좌')).toBe(1);
		expect(jamoDistance('정기결재', '정기결제')).toBe(1);
		expect(jamoDistance('빌링기', '빌링키')).toBe(1);
		expect(jamoDistance('계약', '계약')).toBe(0);
		expect(jamoDistance('계약', '해약')).toBe(2);
	});

	it('allows 1 for words up to three syllables, 2 for longer ones', () => {
		expect(maxTypoDistance('빌링기')).toBe(1);
		expect(maxTypoDistance('헥토파이넨셜')).toBe(2);
	});

	it('picks the nearest vocabulary word within the limit, the more common one on a tie', () => {
		const vocabulary = ['계약', '토스페이먼츠', '토스페이', '빌링키', '헥토파이낸셜', '결제'];
		expect(nearestWord('토스페이먼추', vocabulary)).toBe('토스페이먼츠');
		expect(nearestWord('빌링기', vocabulary)).toBe('빌링키');
		expect(nearestWord('헥토파이넨셜', vocabulary)).toBe('헥토파이낸셜');
		expect(nearestWord('결재', vocabulary)).toBe('결제');
		// Too far for a short word: two jamo off in two syllables is another word.
		expect(nearestWord('해약', vocabulary)).toBeUndefined();
		expect(nearestWord('포도주스', vocabulary)).toBeUndefined();
	});
});

describe('vocabulary', () => {
	it('lists the Hangul words of the pages, particles off, the most widely used first', () => {
		const { words } = buildVocabulary([
			['KG이니시스 계약절차를 안내합니다', '키파일을 보내세요'],
			['토스페이먼츠 계약절차', '계약절차는 2주'],
			['계약 안내'],
		]);
		expect(words[0]).toBe('계약절차');
		expect(words).toContain('키파일');
		expect(words).not.toContain('키파일을');
		expect(words).not.toContain('kg이니시스');
		expect(words).not.toContain('2주');
	});

	it('rejects a malformed file, naming it', () => {
		expect(parseVocabulary({ words: ['계약'] }, 'ko-vocabulary.json').words).toEqual(['계약']);
		expect(() => parseVocabulary({ words: 'x' }, 'ko-vocabulary.json')).toThrow(/ko-vocabulary\.json: "words"/);
	});
});
