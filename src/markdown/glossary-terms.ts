import type { MdastPluginEntry } from 'satteri';
import type { TermMatcher, MatchableTerm } from '../lib/glossary/match';
import { nameKey } from '../lib/glossary/names';

/**
 * Glossary terms in an article's text become `<GlossaryTerm>` marks (src/components/glossary/GlossaryTerm.astro,
 * which every article may use): the first time each term appears in a section, so that a reader can open what it
 * means where they meet it without every line underlined. Headings, links, code and the component props the help
 * center writes Markdown into (Callout's `content`) are left as they are. The explanation is in the page once per term:
 * later marks open the first one's. MDX documents only: the mark is a component.
 */
export const GLOSSARY_TERM_COMPONENT = 'GlossaryTerm';
/** The marks' scope in an article (the page's other parts, such as the step overview, use their own). */
const ARTICLE_SCOPE = 'article';

/** Where a mark would be wrong: a heading names the section, a link is already a target, and a mark in a mark. */
const SKIPPED_PARENTS = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

type Node = { type: string; name?: string | null };

export function glossaryTermsPlugin(matcher: TermMatcher<MatchableTerm>): MdastPluginEntry {
	return ({ sourceFormat }) => {
		if (sourceFormat !== 'mdx') return null;
		let marked = new Set<string>();
		/** Terms whose explanation the page already holds: a later mark opens that one instead of repeating it. */
		const explained = new Set<string>();
		return {
			name: 'pg-guide:glossary-terms',
			heading() {
				marked = new Set();
			},
			text(node, ctx) {
				for (let parent = ctx.parent(node) as Node | undefined; parent; parent = ctx.parent(parent as never) as Node | undefined) {
					if (SKIPPED_PARENTS.has(parent.type)) return;
				}
				const mentions = [];
				for (const mention of matcher.findTerms(node.value)) {
					// A PG's own name (사이트코드) is marked and explained on its own: its explanation says whose name it is.
					const scope = mention.pgs.length > 0 ? `${ARTICLE_SCOPE}-${nameKey(mention.text)}` : ARTICLE_SCOPE;
					const key = `${mention.term.id} ${scope}`;
					if (marked.has(key)) continue;
					marked.add(key);
					mentions.push({ ...mention, scope, key });
				}
				if (mentions.length === 0) return;
				const value = node.value.normalize('NFC');
				const parts: unknown[] = [];
				let at = 0;
				for (const { index, text, scope, key } of mentions) {
					if (index > at) parts.push({ type: 'text', value: value.slice(at, index) });
					parts.push({
						type: 'mdxJsxTextElement',
						name: GLOSSARY_TERM_COMPONENT,
						attributes: [
							{ type: 'mdxJsxAttribute', name: 'name', value: text },
							{ type: 'mdxJsxAttribute', name: 'scope', value: scope },
							...(explained.has(key) ? [{ type: 'mdxJsxAttribute', name: 'reuse', value: null }] : []),
						],
						children: [{ type: 'text', value: text }],
					});
					explained.add(key);
					at = index + text.length;
				}
				if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
				ctx.replaceNode(node, parts as never);
			},
		};
	};
}
