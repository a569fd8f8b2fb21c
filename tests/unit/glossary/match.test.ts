import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../../src/lib/glossary/match';
import { parseGlossary } from '../../../src/lib/glossary/schema';
import { glossaryInput } from './fixture';

const { findTerm, findTerms, termNamed } = createTermMatcher(parseGlossary(yaml.dump(glossaryInput()), 'glossary.yaml').terms);
const found = (text: string) => findTerms(text).map((mention) => `${mention.term.id}:${mention.text}`);

describe('the term matcher', () => {
	it('finds the term a question asks about, by any of its names', () => {
		expect(findTerm('MID가 뭐예요')?.term.id).toBe('mid');
		expect(findTerm('상점아이디는 어디서 받나요')?.term.id).toBe('mid');
		expect(findTerm('수기결제 되는 곳')?.term.id).toBe('billing-keyin');
		expect(findTerm('정산은 언제')).toBeUndefined();
	});

	it('tells a PG\'s own name for a term, and every PG that uses it', () => {
		expect(findTerm('사이트코드 발급')).toMatchObject({ term: { id: 'mid' }, text: '사이트코드', pgs: ['test-pg'] });
		expect(findTerm('cpid')).toMatchObject({ term: { id: 'mid' }, pgs: ['other-pg', 'third-pg'] });
		expect(findTerm('MID')!.pgs).toEqual([]);
	});

	it('ignores spacing and Latin case, as people type', () => {
		expect(found('키 파일과 키파일, mid와 MID')).toEqual(['key-file:키 파일', 'key-file:키파일', 'mid:mid', 'mid:MID']);
		expect(termNamed('키파일')?.term.id).toBe('key-file');
		expect(termNamed('없는 말')).toBeUndefined();
	});

	it('prefers the longest name where two start at the same place', () => {
		expect(found('빌링키를 받고 빌링 특약을')).toEqual(['billing-key:빌링키', 'billing-keyin:빌링']);
	});

	it('does not find a Latin name inside a longer word, nor a name in a phrase that means something else', () => {
		expect(found('MIDAS와 V10, V2 모듈')).toEqual(['portone-version:V2']);
		expect(found('채널톡으로 묻고 채널을 추가')).toEqual(['channel:채널']);
	});

	it('gives where each term is, left to right', () => {
		expect(findTerms('채널에 MID를').map((mention) => mention.index)).toEqual([0, 4]);
	});
});
