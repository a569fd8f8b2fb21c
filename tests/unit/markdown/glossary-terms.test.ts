import yaml from 'js-yaml';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { createTermMatcher } from '../../../src/lib/glossary/match';
import { parseGlossary } from '../../../src/lib/glossary/schema';
import { glossaryTermsPlugin } from '../../../src/markdown/glossary-terms';
import { glossaryInput } from '../glossary/fixture';

const plugin = glossaryTermsPlugin(createTermMatcher(parseGlossary(yaml.dump(glossaryInput()), 'glossary.yaml').terms));
/** The marks an MDX document gets: the words each marks, and its props. */
function marksOf(source: string): string[] {
	const result = mdxToJs(source, { mdastPlugins: [plugin] });
	if (result instanceof Promise) throw new Error('expected a synchronous compile');
	return [...result.code.matchAll(/_jsx\(GlossaryTerm, \{([^}]*)\}/g)].map(([, props]) =>
		props!
			.split(/,\s*/)
			.map((prop) => prop.trim())
			.filter((prop) => prop && !prop.startsWith('children'))
			.join(', '),
	);
}

describe('glossary term marks in articles', () => {
	it('marks the first time each term appears in a section, again in the next section', () => {
		const marks = marksOf('### 하나\n\nMID와 채널, 다시 MID.\n\n- 채널 설정\n\n### 둘\n\nMID를 넣습니다.\n');
		expect(marks).toEqual([
			'name: "MID", scope: "article"',
			'name: "채널", scope: "article"',
			// Later marks of a term open the first one's explanation: the page holds it once.
			'name: "MID", scope: "article", reuse: true',
		]);
	});

	it('leaves headings, links and code alone, and marks inside bold text', () => {
		expect(marksOf('### MID 받기\n\n[MID 안내](/x/) `MID` **MID**\n')).toEqual(['name: "MID", scope: "article"']);
	});

	it('gives a PG\'s own name an explanation of its own', () => {
		expect(marksOf('### 하나\n\nMID, 곧 사이트코드\n')).toEqual(['name: "MID", scope: "article"', 'name: "사이트코드", scope: "article-사이트코드"']);
	});

	it('keeps the text around a mark as written', () => {
		const result = mdxToJs('채널톡 말고 키 파일을.', { mdastPlugins: [plugin] });
		if (result instanceof Promise) throw new Error('expected a synchronous compile');
		expect(result.code).toContain('"채널톡 말고 "');
		expect(result.code).toContain('"을."');
	});

	it('does nothing to plain Markdown, which cannot hold a component', () => {
		const result = markdownToHtml('MID와 채널', { mdastPlugins: [plugin] });
		if (result instanceof Promise) throw new Error('expected a synchronous render');
		expect(result.html.trim()).toBe('<p>MID와 채널</p>');
	});
});
