import { describe, expect, it } from 'vitest';
import { choseongToken, markTokens, phraseTokens, stripMarkedTokens, suffixTokens, textTokens } from '../../../src/lib/korean/index-tokens';
import { compact, normalizeText, splitWords } from '../../../src/lib/korean/text';

describe('Korean words', () => {
	it('splits words the way Pagefind does, normalized', () => {
		expect(splitWords('제출 이후 2\\~3영업일 내 KG이니시스,')).toEqual(['제출', '이후', '2', '3영업일', '내', 'kg이니시스']);
		expect(normalizeText('ＫＧ이니시스'.normalize('NFD'))).toBe('kg이니시스');
		expect(normalizeText('ㅇㄴㅅㅅ')).toBe('ㅇㄴㅅㅅ');
		expect(compact('키 파일, 전달')).toBe('키파일전달');
	});
});

describe('index tokens', () => {
	it('adds the Hangul suffixes of a word, so a query can start mid-word', () => {
		expect(suffixTokens('계약절차')).toEqual(['약절차', '절차']);
		expect(suffixTokens('kg이니시스')).toEqual(['이니시스', '니시스', '시스']);
		expect(suffixTokens('3영업일')).toEqual(['영업일', '업일']);
		expect(suffixTokens('스팸함')).toEqual(['팸함']);
		expect(suffixTokens('mid')).toEqual([]);
	});

	it('adds joined words and 초성 for titles and headings, not for running text', () => {
		const tokens = phraseTokens('KG이니시스 상세 계약절차');
		expect(tokens).toEqual(expect.arrayContaining(['kg이니시스상세계약절차', '상세계약절차', '이니시스', '절차', 'ㅇㄴㅅㅅ', 'ㄱㅇㅈㅊ']));
		expect(textTokens('KG이니시스 상세 계약절차')).not.toContain('ㅇㄴㅅㅅ');
		expect(choseongToken('키')).toBeUndefined();
	});

	it('adds the Korean names of PGs written in Latin letters, one word or two', () => {
		expect(textTokens('6. TOSS PAYMENTS - 결제수단 : 카드결제, KAKAOPAY(제휴), 계좌이체')).toEqual(expect.arrayContaining(['토스페이먼츠', '카카오페이']));
		expect(textTokens("pg: 'html5_inicis'")).toContain('이니시스');
		expect(phraseTokens('KG INICIS 설정')).toContain('이니시스');
		expect(textTokens('API Secret 발급')).toEqual([]);
	});

	it('marks each run of tokens so that excerpts can drop them', () => {
		const indexed = `2~3영업일 내 안내를 받습니다. ${markTokens(['영업일', '업일', '내를'])}. 계약안내 메일 ${markTokens(['약안내'])}.`;
		expect(indexed.split('\u2063')).toHaveLength(5);
		expect(stripMarkedTokens(indexed)).toBe('2~3영업일 내 안내를 받습니다. 계약안내 메일');
		expect(stripMarkedTokens(`${markTokens(['a', 'b'])} 본문`)).toBe('본문');
		// A run the text ends in before it closes goes too.
		expect(stripMarkedTokens(`본문 ${markTokens(['가나', '나다']).slice(0, -1)}`)).toBe('본문');
	});
});
