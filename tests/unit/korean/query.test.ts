import { describe, expect, it } from 'vitest';
import { isPgName, pgNamesIn } from '../../../src/lib/korean/aliases';
import { stripParticle } from '../../../src/lib/korean/particles';
import { fromQwerty, normalizeQueryWord, parseQuery, spacingSplits } from '../../../src/lib/korean/query';


describe('query words', () => {
	it('reads text typed in the English keyboard layout, case included', () => {
		expect(fromQwerty('dlsltltm')).toBe('이니시스');
		expect(fromQwerty('rPdirwjfck')).toBe('계약절차');
		expect(fromQwerty('ci')).toBeUndefined();
		expect(fromQwerty('paypal')).toBeUndefined();
	});

	it('maps Latin PG names and drops an unfinished last jamo', () => {
		expect(normalizeQueryWord('Inicis')).toBe('이니시스');
		expect(normalizeQueryWord('toss')).toBe('토스');
		expect(normalizeQueryWord('kcp')).toBe('kcp');
		expect(normalizeQueryWord('계약절ㅊ')).toBe('계약절');
		expect(normalizeQueryWord('ㅇㄴㅅㅅ')).toBe('ㅇㄴㅅㅅ');
	});

	it('strips particles and endings, keeping at least two syllables', () => {
		expect(stripParticle('키파일을')).toBe('키파일');
		expect(stripParticle('스팸함으로')).toBe('스팸함');
		expect(stripParticle('이니시스에서')).toBe('이니시스');
		expect(stripParticle('빌링키란')).toBe('빌링키');
		expect(stripParticle('차이')).toBe('차이');
	});

	it('knows PG names', () => {
		expect(isPgName('토스페이')).toBe(true);
		expect(isPgName('이니시스의')).toBe(true);
		expect(isPgName('계약절차')).toBe(false);
		// KG파이낸셜's former name, as merchants still write it.
		expect(parseQuery('KG모빌리언스 고객센터 번호').required).toEqual(['kg모빌리언스']);
	});

	it('reads a long PG name one jamo off as that PG, and a shorter name or another word as what it is', () => {
		const parsed = parseQuery('KG파이낸설 카드사 심사현황 조회 페이지 있나요');
		expect(parsed.required).toEqual(['kg파이낸셜']);
		expect(parsed.understood[0]).toBe(true);
		expect(parseQuery('엑심배이에서 계약 메일 언제 와요').required).toEqual(['엑심베이']);
		// 다날 is too short to tell a typo from another word; 스마트폰 is two jamo from 스마트로.
		expect(parseQuery('다남 계약').required).toEqual([]);
		expect(parseQuery('스마트폰 결제').required).toEqual([]);
	});

	it('reads a PG name spelled out in Hangul as the name the articles write, particle or not', () => {
		expect(parseQuery('케이씨피 해외카드 달러 정산 되나요').required).toEqual(['kcp']);
		expect(parseQuery('케이에스넷은 가상계좌 되나요').terms[0]).toBe('ksnet');
	});

	it('finds the PGs a compacted text names, each once: 토스페이먼츠 is not also 토스', () => {
		expect(pgNamesIn('kg이니시스와토스페이먼츠가가상계좌를받습니다').sort()).toEqual(['kg이니시스', '토스페이먼츠']);
		expect(pgNamesIn('결제대행사마다다릅니다')).toEqual([]);
	});
});

describe('parseQuery', () => {
	it('searches words without particles', () => {
		expect(parseQuery('키파일을').terms).toEqual(['키파일']);
	});

	it('keeps PG names whole and requires them', () => {
		const parsed = parseQuery('토스페이 계약절차');
		expect(parsed.terms).toEqual(['토스페이', '계약절차']);
		expect(parsed.required).toEqual(['토스페이']);
		expect(parseQuery('키파일 전달').required).toEqual([]);
	});

	it('falls back to the word split where a space may be missing', () => {
		expect(spacingSplits('키파일')).toEqual(['키 파일', '키파 일']);
		expect(spacingSplits('이니시스계약절차')).toContain('이니시스 계약절차');
		expect(parseQuery('이니시스계약절차').fallbacks.map((variant) => variant.query)).toContain('이니시스 계약절차');
	});

	it('while a syllable is being composed, also searches the last word without its last jamo', () => {
		expect(parseQuery('이니싯', { composing: true }).alternatives).toEqual([['이니시']]);
		expect(parseQuery('계약 이니싯', { composing: true }).alternatives).toEqual([[], ['이니시']]);
		expect(parseQuery('이니싯').alternatives).toEqual([[]]);
		expect(parseQuery('수기결제 되는 PG사').alternatives).toEqual([[], ['결제대행사']]);
		// A refund is a payment cancelled: the articles say 취소 where merchants ask for 환불.
		expect(parseQuery('nice refund').alternatives).toEqual([[], ['refund', '취소']]);
	});

	it('returns nothing to search for an empty query', () => {
		expect(parseQuery('  ~ ').terms).toEqual([]);
	});
});
