import { describe, expect, it } from 'vitest';
import { stripMarkedTokens, TOKEN_MARK } from '../../../src/lib/korean/index-tokens';
import { exactPhrases, PHRASE_SEPARATOR, SEARCH_TAGS_ATTRIBUTE, SEARCH_TAGS_META, SEARCH_TAGS_PAGEFIND_META } from '../../../src/lib/search/contract';
import { indexableHtml } from '../../../src/lib/search/index-html';

const page = (body: string) =>
	`<!doctype html><html lang="ko"><head><title>t</title></head><body><nav><p>계약절차 사이드바</p></nav><main data-pagefind-body>${body}</main></body></html>`;

/** The tokens spliced in, per run, in document order. */
const runs = (html: string) =>
	[...html.matchAll(/data-ko="([^"]*)"/g)].map(([, run]) => {
		// One marked run, which excerpts drop whole.
		expect(stripMarkedTokens(`본문 ${run}`)).toBe('본문');
		return run!.replace(/\u2063/g, '');
	});

describe('the page as the search index reads it', () => {
	it('adds each block’s tokens right after its own text, and leaves the rest of the page as built', () => {
		const body = '<p>제출 후 2~3영업일 안에 <strong>계약안내</strong> 메일</p><ul><li>키파일 전달<ul><li>보증보험</li></ul></li></ul>';
		const html = indexableHtml(page(body))!;
		// The nested list's item closes first; the outer item's own text leaves the nested one out.
		expect(runs(html)).toEqual(['영업일 업일 약안내 안내', '증보험 보험', '파일']);
		expect(html.replace(/<span data-pagefind-index-attrs="data-ko" data-ko="[^"]*"><\/span>/g, '')).toBe(page(body));
		expect(html).toContain('메일<span data-pagefind-index-attrs="data-ko"');
	});

	it('puts a heading’s tokens beside the heading, with its joined words and 초성', () => {
		const html = indexableHtml(page('<div class="sl-heading-wrapper"><h2 id="a">KG이니시스 계약절차</h2></div><p>본문</p>'))!;
		expect(html).toContain('계약절차</h2><span data-pagefind-index-attrs="data-ko"');
		expect(runs(html)[0]).toContain('kg이니시스계약절차');
		expect(runs(html)[0]).toContain('ㄱㅇㅈㅊ');
	});

	it('adds a token once per section, again after the next heading', () => {
		const html = indexableHtml(page('<h2>하나</h2><p>계약절차</p><p>계약절차 안내</p><h2>둘</h2><p>계약절차</p>'))!;
		expect(runs(html)).toEqual(['ㅎㄴ', '약절차 절차', '약절차 절차']);
	});

	it('gives meta fields the tokens of each phrase after the phrases, escaped, and the phrases can be read back', () => {
		const value = ['이니시스 계약절차', 'A&amp;B'].join(PHRASE_SEPARATOR);
		const html = indexableHtml(page(`<span data-pagefind-meta="${SEARCH_TAGS_PAGEFIND_META}" ${SEARCH_TAGS_ATTRIBUTE}="${value}"></span>`))!;
		expect(html).toContain(`${SEARCH_TAGS_ATTRIBUTE}="이니시스 계약절차${PHRASE_SEPARATOR}A&amp;B ${TOKEN_MARK}이니시스계약절차`);
		expect(html).not.toContain('\n');
		// As Pagefind gives it back: whitespace collapsed, entities decoded.
		const indexed = new RegExp(`${SEARCH_TAGS_ATTRIBUTE}="([^"]*)"`).exec(html)![1]!.replace(/&amp;/g, '&').replace(/\s+/g, ' ');
		expect(exactPhrases({ title: 'KG이니시스 상세 계약절차', [SEARCH_TAGS_META]: indexed })).toEqual(['KG이니시스 상세 계약절차', '이니시스 계약절차', 'A&B']);
	});

	it('adds no tokens for text Pagefind ignores, and keeps meta fields where Pagefind still reads them', () => {
		const meta = `<span data-pagefind-meta="${SEARCH_TAGS_PAGEFIND_META}" ${SEARCH_TAGS_ATTRIBUTE}="계약절차"></span>`;
		const told: string[] = [];
		const body = `<ul><li>보증보험 <pg-checklist data-pagefind-ignore="all"><p>정기결제</p><label>간편결제</label>${meta}</pg-checklist></li></ul><nav data-pagefind-ignore><p>구축요건</p>${meta}</nav>`;
		const html = indexableHtml(page(body), (text) => told.push(text))!;
		// The list item keeps its own words; the checklist inside it adds none, nor does the ignored nav.
		expect(runs(html)).toEqual(['증보험 보험']);
		// Pagefind reads meta fields under data-pagefind-ignore, not under data-pagefind-ignore="all".
		expect(html.split(`${SEARCH_TAGS_ATTRIBUTE}="계약절차"`)).toHaveLength(2);
		expect(html.split(`${SEARCH_TAGS_ATTRIBUTE}="계약절차 ${TOKEN_MARK}`)).toHaveLength(2);
		expect(told).toEqual(['보증보험 ', '계약절차']);
	});

	it('leaves out pages Pagefind does not index', () => {
		expect(indexableHtml('<html><body><main><p>계약절차</p></main></body></html>')).toBeUndefined();
	});
});
