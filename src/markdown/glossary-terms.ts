import type { MdastPluginEntry } from 'satteri';
import type { TermMatcher, MatchableTerm } from '../lib/glossary/match';

/**
 * Glossary terms in an article's text become `<GlossaryTerm>` marks (src/components/glossary/GlossaryTerm.astro,
 * which every article may use): the first time each term appears in a section, so that a reader can open what it
 * means where they meet it without every line underlined. Headings, links, code and the component props the help
 * center writes Markdown into (Callout's `content`) are left as they are. MDX documents only: the mark is a component.
 */
export const GLOSSARY_TERM_COMPONENT = 'GlossaryTerm';

/** Where a mark would be wrong: a heading names the section, a link is already a target, and a mark in a mark. */
const SKIPPED_PARENTS = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

type Node = { type: string; name?: string | null };

export function glossaryTermsPlugin(matcher: TermMatcher<MatchableTerm>): MdastPluginEntry {
	return ({ sourceFormat }) => {
		if (sourceFormat !== 'mdx') return null;
		let section = 0;
		let marked = new Set<string>();
		return {
			name: 'pg-guide:glossary-terms',
			heading() {
				section += 1;
				marked = new Set();
			},
			text(node, ctx) {
				for (let parent = ctx.parent(node) as Node | undefined; parent; parent = ctx.parent(parent as never) as Node | undefined) {
					if (SKIPPED_PARENTS.has(parent.type)) return;
				}
				const mentions = [];
				for (const mention of matcher.findTerms(node.value)) {
					if (marked.has(mention.term.id)) continue;
					marked.add(mention.term.id);
					mentions.push(mention);
				}
				if (mentions.length === 0) return;
				const value = node.value.normalize('NFC');
				const parts: unknown[] = [];
				let at = 0;
				for (const mention of mentions) {
					if (mention.index > at) parts.push({ type: 'text', value: value.slice(at, mention.index) });
					parts.push({
						type: 'mdxJsxTextElement',
						name: GLOSSARY_TERM_COMPONENT,
						attributes: [
							{ type: 'mdxJsxAttribute', name: 'name', value: mention.text },
							{ type: 'mdxJsxAttribute', name: 'scope', value: `s${section}` },
						],
						children: [{ type: 'text', value: mention.text }],
					});
					at = mention.index + mention.text.length;
				}
				if (at < value.length) parts.push({ type: 'text', value: value.slice(at) });
				ctx.replaceNode(node, parts as never);
			},
		};
	};
}
