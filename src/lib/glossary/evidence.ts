import { articleWords, articleWordsReader } from '../procedure/evidence';
import type { Glossary } from './schema';

/**
 * What is wrong with the glossary's citations (file `file`), each naming the file and the field: an article missing
 * from the help-center corpus, an excerpt not in its article. `article(path)` is the cited article's text, or null;
 * excerpts are compared as procedure evidence is (no whitespace, no Markdown emphasis).
 */
export function glossaryEvidenceProblems(file: string, glossary: Glossary, article: (path: string) => string | null): string[] {
	const wordsOf = articleWordsReader(article);
	const check = (field: string, source: { path: string; title: string }, evidence: string | string[]): string[] => {
		const text = wordsOf(source.path);
		if (text === null) return [`${file} ${field}.source: 출처 글 ${source.path}("${source.title}")가 도움말 센터 글 폴더에 없습니다`];
		return (typeof evidence === 'string' ? [evidence] : evidence)
			.filter((excerpt) => !text.includes(articleWords(excerpt)))
			.map((excerpt) => `${file} ${field}.evidence: "${excerpt}"가 ${source.path}("${source.title}")에 없습니다`);
	};
	return glossary.terms.flatMap((term, index) => [
		...check(`terms.${index} (${term.id})`, term.source, term.evidence),
		...term.pgNames.flatMap((pgName, pgIndex) => check(`terms.${index} (${term.id}).pgNames.${pgIndex}`, pgName.source ?? term.source, pgName.evidence)),
	]);
}
