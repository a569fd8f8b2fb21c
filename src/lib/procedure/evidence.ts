import { createHash } from 'node:crypto';
import type { KnownDuration, ProcedureData } from './schema';

/**
 * Every fact of a procedure with what supports it: the article it cites and the excerpts of that article's own words
 * it quotes. The evidence test checks each excerpt against the article, and `npm run sources:check` lists the facts
 * whose article changed since it was checked. Nothing here reads files: the caller passes the articles.
 */

export interface Fact {
	/** Where the fact is in its file, by id where it has one: `steps.contract-mail`, `compare.fees.가입비`. */
	path: string;
	/** The key of `sources` it cites. */
	source: string;
	evidence: string[];
	/** Numbers the fact states (durations, deadlines, fees): each must be in its excerpts, so none is made up. */
	numbers: { field: string; value: number }[];
}

const durationNumbers = (field: string, duration: KnownDuration | { unknown: true } | undefined) =>
	!duration || 'unknown' in duration
		? []
		: [
				...(duration.min !== undefined ? [{ field: `${field}.min`, value: duration.min }] : []),
				...(duration.max !== undefined && duration.max !== duration.min ? [{ field: `${field}.max`, value: duration.max }] : []),
			];

const list = (evidence: string | string[] | undefined) => (evidence === undefined ? [] : typeof evidence === 'string' ? [evidence] : evidence);

/** Every fact of `procedure`, in file order. */
export function factsOf(procedure: ProcedureData): Fact[] {
	const fact = (path: string, entry: { source: string; evidence?: string | string[] | undefined }, numbers: Fact['numbers'] = []): Fact => ({
		path,
		source: entry.source,
		evidence: list(entry.evidence),
		numbers,
	});
	const { fees, features: _features, ...columns } = procedure.compare;
	return [
		...Object.entries(procedure.contacts).map(([key, contact]) => fact(`contacts.${key}`, contact)),
		...procedure.plans.map((plan) => fact(`plans.${plan.id}`, plan)),
		...procedure.steps.map((step) =>
			fact(`steps.${step.id}`, step, [
				...durationNumbers('duration', step.duration),
				...(step.deadline ? [{ field: 'deadline.amount', value: step.deadline.amount }] : []),
			]),
		),
		...procedure.methods.map((method) => fact(`methods.${method.method}`, method)),
		...procedure.businesses.map((business) => fact(`businesses.${business.kind}`, business)),
		...procedure.industries.map((industry) => fact(`industries.${industry.industry}`, industry)),
		...Object.entries(columns).flatMap(([key, entry]) =>
			entry ? [fact(`compare.${key}`, entry, 'duration' in entry ? durationNumbers('duration', entry.duration) : [])] : [],
		),
		...fees.map((fee) =>
			fact(`compare.fees.${fee.item}`, fee, [
				...(fee.rate !== undefined ? [{ field: 'rate', value: fee.rate }] : []),
				...(fee.amount !== undefined ? [{ field: 'amount', value: fee.amount }] : []),
				...Object.entries(fee.tiers ?? {}).map(([tier, value]) => ({ field: `tiers.${tier}`, value })),
			]),
		),
	];
}

/**
 * An article's words as excerpts are compared with them: Unicode NFC, without whitespace, Markdown emphasis,
 * escapes, heading and quote marks, so that an excerpt matches across a line break or a `**bold**` run.
 * @example articleWords('### **계약 안내**\n2~3 영업일') // '계약안내2~3영업일'
 */
export const articleWords = (text: string) => text.normalize('NFC').replace(/[\s*`\\#>]+/g, '');

/** Korean number words readers meet in durations (`한 달`, `일주일`): the digit they stand for. */
const NUMBER_WORDS: [RegExp, string][] = [
	[/한\s*달|하루|일주일/g, '1'],
	[/두\s*달|이틀/g, '2'],
];

/**
 * The numbers an excerpt states, with `만` read as ten thousand: `20만원` → 200000, `3.20%` → 3.2, `2~3영업일` → 2, 3.
 */
export function numbersIn(text: string): number[] {
	const spelled = NUMBER_WORDS.reduce((result, [word, digit]) => result.replace(word, ` ${digit} `), text);
	return [...spelled.replace(/(\d),(\d{3})/g, '$1$2').matchAll(/(\d+(?:\.\d+)?)\s*(만)?/g)].map(([, number, man]) => Number(number) * (man ? 10_000 : 1));
}

/** A hash of an article's words (see `articleWords`): what `sources:check` compares to tell that PortOne edited it. */
export const articleHash = (text: string) => createHash('sha256').update(articleWords(text)).digest('hex').slice(0, 12);

/**
 * The words of each cited article (`articleWords`), read once per article however many facts cite it; null for an
 * article missing from the corpus.
 */
export function articleWordsReader(article: (path: string) => string | null): (path: string) => string | null {
	const words = new Map<string, string | null>();
	return (path) => {
		if (!words.has(path)) {
			const text = article(path);
			words.set(path, text === null ? null : articleWords(text));
		}
		return words.get(path)!;
	};
}

/**
 * What is wrong with the evidence of `procedure` (file `file`), each naming the file and the field: an excerpt not in
 * its article, a fact without excerpt that `unconfirmed` does not list (or lists though it has one), a number not in
 * the excerpts, an article missing from the corpus. `article(path)` is the cited article's text, or null.
 */
export function evidenceProblems(file: string, procedure: ProcedureData, article: (path: string) => string | null): string[] {
	const problems: string[] = [];
	const excused = new Set(procedure.unconfirmed.flatMap((entry) => (entry.fact ? [entry.fact] : [])));
	const facts = factsOf(procedure);
	const wordsOf = articleWordsReader(article);
	for (const { path, source, evidence, numbers } of facts) {
		const cited = procedure.sources[source]!;
		if (evidence.length === 0) {
			if (!excused.has(path)) problems.push(`${file} ${path}.evidence: 근거 발췌가 없습니다. "${cited.title}"의 말을 30자 이내로 옮기거나, unconfirmed에 fact: ${path}와 이유를 적으세요`);
			continue;
		}
		if (excused.has(path)) problems.push(`${file} unconfirmed: ${path}에는 근거 발췌가 있습니다. unconfirmed에서 빼세요`);
		const text = wordsOf(cited.path);
		if (text === null) {
			problems.push(`${file} ${path}.source: 출처 글 ${cited.path}("${cited.title}")가 도움말 센터 글 폴더에 없습니다`);
			continue;
		}
		for (const excerpt of evidence) {
			if (!text.includes(articleWords(excerpt))) problems.push(`${file} ${path}.evidence: "${excerpt}"가 ${cited.path}("${cited.title}")에 없습니다`);
		}
		const stated = evidence.flatMap(numbersIn);
		for (const { field, value } of numbers) {
			if (!stated.some((number) => Math.abs(number - value) < 1e-9)) {
				problems.push(`${file} ${path}.${field}: ${value}이(가) 근거 발췌에 없습니다. 글이 말하지 않는 값은 쓰지 마세요 (예: "3영업일 내"는 max만)`);
			}
		}
	}
	const paths = new Set(facts.map((fact) => fact.path));
	for (const entry of procedure.unconfirmed) {
		if (entry.fact && !paths.has(entry.fact)) problems.push(`${file} unconfirmed: ${entry.fact}라는 사실이 없습니다 (예: steps.<id>, compare.<칸>, contacts.<id>)`);
	}
	return problems;
}

/** A cited article that is not as it was when its facts were checked, with the facts that cite it. */
export interface SourceChange {
	source: string;
	title: string;
	path: string;
	/** `edited`: its words changed since `hash` was recorded; `missing`: it is gone; `unrecorded`: no hash yet. */
	change: 'edited' | 'missing' | 'unrecorded';
	facts: string[];
}

/**
 * The sources of `procedure` whose article changed since its facts were checked (or has no recorded hash), each with
 * the facts citing it, for the maintainer to read again. `article(path)` is the article's text, or null.
 */
export function sourceChanges(procedure: ProcedureData, article: (path: string) => string | null): SourceChange[] {
	const facts = factsOf(procedure);
	return Object.entries(procedure.sources).flatMap(([source, { path, title, hash }]): SourceChange[] => {
		const text = article(path);
		const change = text === null ? 'missing' : hash === undefined ? 'unrecorded' : articleHash(text) !== hash ? 'edited' : null;
		if (!change) return [];
		return [{ source, title, path, change, facts: facts.filter((fact) => fact.source === source).map((fact) => fact.path) }];
	});
}
