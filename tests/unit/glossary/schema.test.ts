import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseGlossary } from '../../../src/lib/glossary/schema';
import { glossaryInput } from './fixture';

type Input = ReturnType<typeof glossaryInput>;
const parse = (change: (input: Input) => void = () => {}) => {
	const input = glossaryInput();
	change(input);
	return () => parseGlossary(yaml.dump(input), 'content/glossary.yaml');
};

describe('parseGlossary', () => {
	it('reads a valid glossary, with defaults for the lists left out', () => {
		const glossary = parse((input) => delete (input.terms[1] as { names?: unknown }).names)();
		expect(glossary.terms.map((term) => term.id)).toEqual(['mid', 'channel', 'billing-keyin', 'billing-key', 'key-file', 'portone-version']);
		expect(glossary.terms[1]!.names).toEqual([]);
	});

	it.each<[string, (input: Input) => void, string]>([
		['a missing definition', (input) => delete (input.terms[0] as { definition?: unknown }).definition, 'content/glossary.yaml terms.0 (mid).definition: '],
		['an excerpt longer than a citation', (input) => (input.terms[1]!.evidence = ['가'.repeat(31)]), 'content/glossary.yaml terms.1 (channel).evidence.0: 근거 발췌는 30자 이하로'],
		['a source that is not an article path', (input) => (input.terms[0]!.source.path = 'faq/mid'), 'terms.0 (mid).source.path: 도움말 글의 경로'],
		['an unknown field', (input) => Object.assign(input.terms[0]!, { meaning: 'x' }), 'terms.0 (mid): '],
		['a duplicate id', (input) => (input.terms[1]!.id = 'mid'), 'terms.1 (mid).id: id "mid"가 terms.0에도 있습니다'],
		['a name two terms claim', (input) => input.terms[1]!.names.push('상점 아이디'), 'terms.1 (channel).names.0: "상점 아이디"는 이미 용어 "mid"의 이름입니다'],
		['an exclusion that holds none of the names', (input) => input.terms[1]!.exclude.push('카카오톡'), 'terms.1 (channel).exclude.1: "카카오톡"에는 이 용어의 이름이 없습니다'],
		['a PG written as a name, not a procedure file', (input) => (input.terms[0]!.pgNames[0]!.pg = 'NHN KCP'), 'terms.0 (mid).pgNames.0.pg: id는 영문 소문자'],
	])('fails on %s, naming the file, the term and the field', (_, change, expected) => {
		expect(parse(change)).toThrow(expected);
	});

	it('names the file when the YAML itself is broken', () => {
		expect(() => parseGlossary('terms: [', 'content/glossary.yaml')).toThrow(/^content\/glossary\.yaml: YAML을 읽을 수 없습니다/);
	});
});
