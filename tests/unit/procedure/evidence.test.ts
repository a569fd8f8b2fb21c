/**
 * Every fact of every procedure quotes its article (a few of its own words, found there), or says under
 * `unconfirmed` why it cannot. The corpus is read from ../shared/corpus (see tests/setup/corpus.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleHash, articleWords, evidenceProblems, factsOf, numbersIn, sourceChanges } from '../../../src/lib/procedure/evidence';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { PROJECT_ROOT } from '../../setup/astro-cli';
import { CORPUS } from '../../setup/corpus';
import { procedureInput } from './fixture';

const ARTICLE = `---
title: 테스트PG 상세 계약절차
---
### **계약 안내**

신청 후 **2~3영업일** 안에 계약 담당자가
메일을 보냅니다. 임시 MID는 한 달 동안 씁니다.
카드사 심사는 보통 2주가 걸립니다.

- 가입비 : 20만원 (부가세 별도)
`;
const articles: Record<string, string> = { 'core-service/how-to-use/test-contract.md': ARTICLE, 'pricing/pg/fees.md': ARTICLE };
const problemsOf = (change: (input: ReturnType<typeof procedureInput>) => void = () => {}) => {
	const input = procedureInput();
	change(input);
	return evidenceProblems('test.yaml', procedureSchema.parse(input), (path) => articles[path] ?? null);
};

describe('evidence', () => {
	it('reads an article without whitespace, emphasis and escapes, and numbers as written', () => {
		expect(articleWords('### **계약 안내**\n2~3 영업일 \\~')).toBe('계약안내2~3영업일~');
		expect(numbersIn('20만원 (부가세 별도)')).toEqual([200_000]);
		expect(numbersIn('2~3영업일, 3.20%')).toEqual([2, 3, 3.2]);
		expect(numbersIn('최대 일주일')).toEqual([1]);
	});

	it('names every fact by id, with the numbers it states', () => {
		const facts = factsOf(procedureSchema.parse(procedureInput()));
		expect(facts.map((fact) => fact.path)).toContain('steps.contract-mail');
		expect(facts.find((fact) => fact.path === 'steps.contract-mail')!.numbers).toEqual([
			{ field: 'duration.min', value: 2 },
			{ field: 'duration.max', value: 3 },
		]);
		expect(facts.map((fact) => fact.path)).toContain('compare.fees.수수료');
	});

	it('accepts the fixture, whose facts all quote their article', () => {
		expect(problemsOf()).toEqual([]);
	});

	it.each<[string, (input: ReturnType<typeof procedureInput>) => void, string]>([
		['an excerpt the article does not have', (input) => (input.steps[2]!.evidence = '1~2영업일 안에'), 'test.yaml steps.contract-mail.evidence: "1~2영업일 안에"가 core-service/how-to-use/test-contract.md'],
		['a fact without excerpt', (input) => delete (input.steps[1] as { evidence?: unknown }).evidence, 'test.yaml steps.apply.evidence: 근거 발췌가 없습니다'],
		['a lower bound the article does not give', (input) => (input.steps[2]!.duration = { min: 1, max: 3, unit: '영업일' }), 'test.yaml steps.contract-mail.duration.min: 1이(가) 근거 발췌에 없습니다'],
		['a fee whose number is not quoted', (input) => Object.assign(input.compare.fees[0]!, { amount: 150_000 }), 'test.yaml compare.fees.수수료.amount: 150000'],
		['an article missing from the corpus', (input) => (input.sources.pricing.path = 'pricing/pg/gone.md'), 'test.yaml compare.fees.수수료.source: 출처 글 pricing/pg/gone.md'],
		['an unconfirmed entry for a fact that has an excerpt', (input) => input.unconfirmed.push({ fact: 'steps.apply', reason: 'x' }), 'test.yaml unconfirmed: steps.apply에는 근거 발췌가 있습니다'],
		['an unconfirmed entry for no fact', (input) => input.unconfirmed.push({ fact: 'steps.signed', reason: 'x' }), 'test.yaml unconfirmed: steps.signed라는 사실이 없습니다'],
	])('fails, naming file and field, on %s', (_, change, expected) => {
		expect(problemsOf(change).join('\n')).toContain(expected);
	});

	it('lets a fact go without excerpt when unconfirmed says why', () => {
		expect(
			problemsOf((input) => {
				delete (input.steps[1] as { evidence?: unknown }).evidence;
				input.unconfirmed.push({ fact: 'steps.apply', reason: '신청 화면은 도움말에 없음' });
			}),
		).toEqual([]);
	});
});


describe('sourceChanges (npm run sources:check)', () => {
	const PRICING = '### 수수료\n- 가입비 : 20만원 (부가세 별도)\n';
	const recorded = () => {
		const input = procedureInput();
		input.sources.contract = { ...input.sources.contract, hash: articleHash(ARTICLE) } as typeof input.sources.contract;
		input.sources.pricing = { ...input.sources.pricing, hash: articleHash(PRICING) } as typeof input.sources.pricing;
		return procedureSchema.parse(input);
	};
	const corpus = (edits: Record<string, string | null> = {}) => (path: string) =>
		path in edits ? edits[path]! : ({ 'core-service/how-to-use/test-contract.md': ARTICLE, 'pricing/pg/fees.md': PRICING } as Record<string, string>)[path] ?? null;

	it('finds nothing when no article changed, whatever its line breaks', () => {
		expect(sourceChanges(recorded(), corpus())).toEqual([]);
		expect(sourceChanges(recorded(), corpus({ 'pricing/pg/fees.md': PRICING.replace(' : ', '  :\n ') }))).toEqual([]);
	});

	it('lists exactly the facts citing an edited article', () => {
		const changes = sourceChanges(recorded(), corpus({ 'pricing/pg/fees.md': PRICING.replace('20만원', '30만원') }));
		expect(changes).toEqual([{ source: 'pricing', title: '결제대행사 수수료', path: 'pricing/pg/fees.md', change: 'edited', facts: ['compare.fees.수수료'] }]);
	});

	it('says when an article is gone, or was never recorded', () => {
		expect(sourceChanges(recorded(), corpus({ 'pricing/pg/fees.md': null }))[0]).toMatchObject({ change: 'missing', facts: ['compare.fees.수수료'] });
		expect(sourceChanges(procedureSchema.parse(procedureInput()), corpus()).map((change) => change.change)).toEqual(['unrecorded', 'unrecorded']);
	});
});

const PROCEDURES = join(PROJECT_ROOT, 'content', 'procedures');
const files = readdirSync(PROCEDURES).filter((name) => /\.ya?ml$/.test(name));

describe.skipIf(!existsSync(CORPUS))('every procedure fact quotes the article it cites', () => {
	const article = (path: string) => {
		const file = join(CORPUS, path);
		return existsSync(file) ? readFileSync(file, 'utf-8') : null;
	};
	it.each(files)('%s', (name) => {
		const procedure = procedureSchema.parse(yaml.load(readFileSync(join(PROCEDURES, name), 'utf-8')));
		expect(evidenceProblems(`content/procedures/${name}`, procedure, article)).toEqual([]);
		// What `npm run sources:check` reports: every cited article is as it was when the facts were checked.
		expect(sourceChanges(procedure, article)).toEqual([]);
	});
});
