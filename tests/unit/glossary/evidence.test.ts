/**
 * Every glossary term cites a help-center article that exists and quotes a few of its words found there; every PG
 * name belongs to a procedure file. The corpus is read from ../shared/corpus (see tests/setup/corpus.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { glossaryEvidenceProblems } from '../../../src/lib/glossary/evidence';
import { parseGlossary } from '../../../src/lib/glossary/schema';
import { PROJECT_ROOT } from '../../setup/astro-cli';
import { CORPUS } from '../../setup/corpus';
import { glossaryInput } from './fixture';

const ARTICLES: Record<string, string> = {
	'faq/mid.md': '### **상점아이디**\n아래는 모두 상점아이디를 의미합니다.\n- 테스트PG : 사이트코드\n- 다른PG : CPID\n- 세번째PG : CPID',
	'procedure/test.md': '테스트용 채널을 **추가**할 수 있습니다. 비인증결제, 빌링키, 키파일.',
};
const problemsOf = (change: (input: ReturnType<typeof glossaryInput>) => void = () => {}) => {
	const input = glossaryInput();
	change(input);
	return glossaryEvidenceProblems('content/glossary.yaml', parseGlossary(yaml.dump(input), 'content/glossary.yaml'), (path) => ARTICLES[path] ?? null);
};

describe('glossary evidence', () => {
	it('accepts the fixture, whose excerpts are all in their articles (across line breaks and emphasis)', () => {
		expect(problemsOf()).toEqual([]);
	});

	it('fails when a term\'s article is missing from the corpus', () => {
		expect(problemsOf((input) => (input.terms[1]!.source.path = 'procedure/gone.md'))).toContain(
			'content/glossary.yaml terms.1 (channel).source: 출처 글 procedure/gone.md("테스트 연동")가 도움말 센터 글 폴더에 없습니다',
		);
	});

	it('fails when an excerpt is not in the article, for a term or a PG name', () => {
		expect(problemsOf((input) => (input.terms[1]!.evidence = ['실연동 채널을 추가']))).toEqual([
			'content/glossary.yaml terms.1 (channel).evidence: "실연동 채널을 추가"가 procedure/test.md("테스트 연동")에 없습니다',
		]);
		expect(problemsOf((input) => (input.terms[0]!.pgNames[1]!.evidence = '다른PG : MID'))).toEqual([
			'content/glossary.yaml terms.0 (mid).pgNames.1.evidence: "다른PG : MID"가 faq/mid.md("상점정보")에 없습니다',
		]);
	});
});

const GLOSSARY = join(PROJECT_ROOT, 'content', 'glossary.yaml');
const glossary = parseGlossary(readFileSync(GLOSSARY, 'utf-8'), 'content/glossary.yaml');

describe('content/glossary.yaml', () => {
	it('names only PGs that have a procedure file', () => {
		const procedures = new Set(readdirSync(join(PROJECT_ROOT, 'content', 'procedures')).map((file) => file.replace(/\.ya?ml$/, '')));
		const unknown = glossary.terms.flatMap((term, index) =>
			term.pgNames.filter((name) => !procedures.has(name.pg)).map((name) => `terms.${index} (${term.id}).pgNames: ${name.pg}`),
		);
		expect(unknown).toEqual([]);
	});

	it('has at least the terms a merchant asks about', () => {
		const names = glossary.terms.flatMap((term) => [term.term, ...term.names, ...term.pgNames.map((name) => name.name)]);
		for (const name of ['MID', '상점아이디', '사이트코드', 'CPID', '바로오픈', '미리오픈', '키파일', '보증보험', '영중소', '빌링·수기결제', '원천사', 'V1', 'V2', '신모듈', '구모듈', 'PG 제휴 간편결제', '정기결제', '카드사 심사', '채널', '에스크로']) {
			expect(names).toContain(name);
		}
	});

	it.skipIf(!existsSync(CORPUS))('quotes, for every term, an article the corpus has', () => {
		const article = (path: string) => {
			const file = join(CORPUS, path);
			return existsSync(file) ? readFileSync(file, 'utf-8') : null;
		};
		expect(glossaryEvidenceProblems('content/glossary.yaml', glossary, article)).toEqual([]);
	});
});
