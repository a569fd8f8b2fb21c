import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { markTokens, phraseTokens, textTokens } from '../korean/index-tokens';

/**
 * The page as the search index reads it: the built HTML with the Korean index tokens of every block of
 * text added right after that text (see ../korean/index-tokens.ts), in an attribute Pagefind indexes.
 * Right after, so that a match on a token belongs to the same section, and links to the same heading,
 * as the word it comes from. Only the index sees this copy; the page served to readers stays as built.
 */

const TOKENS_ATTRIBUTE = 'data-ko';
/** Meta fields whose values get tokens too (src/components/search/PageSearchMeta.astro sets them). */
const TOKENIZED_META = ['searchTags'];

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'summary', 'figcaption', 'blockquote', ...HEADINGS]);
/** Children of a block that are blocks themselves and get tokens of their own. */
const NESTED_BLOCKS = new Set([...BLOCKS, 'ul', 'ol', 'div', 'table', 'pre', 'details', 'figure', 'aside', 'section']);

/** The text of a block without the text of the blocks nested in it. */
function ownText(node: ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element' || NESTED_BLOCKS.has(node.tagName)) return '';
	return node.children.map(ownText).join('');
}

/** hast's property name for an attribute: `data-ko` → `dataKo`. */
const property = (attribute: string) => attribute.replace(/-(\w)/g, (_, char: string) => char.toUpperCase());

const isCalloutTitle = (element: Element) => String(element.properties.className ?? '').includes('callout__title');

/** A callout's title or a link card reads like a heading: short, and typed from memory. */
const isPhrase = (element: Element) => HEADINGS.has(element.tagName) || element.tagName === 'summary' || isCalloutTitle(element);

function tokensFor(element: Element): string[] {
	const text = element.children.map(ownText).join('');
	return isPhrase(element) ? phraseTokens(text) : textTokens(text);
}

const tokensElement = (tokens: string[]): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { dataPagefindIndexAttrs: TOKENS_ATTRIBUTE, [property(TOKENS_ATTRIBUTE)]: markTokens(tokens) },
	children: [],
});

function addTokens(tree: Root) {
	visit(tree, 'element', (element, index, parent) => {
		if (BLOCKS.has(element.tagName) || isCalloutTitle(element)) {
			const tokens = tokensFor(element);
			if (tokens.length && HEADINGS.has(element.tagName) && parent && index !== undefined) {
				// Beside a heading, not in it: Pagefind takes a heading's text for the page or section title.
				parent.children.splice(index + 1, 0, tokensElement(tokens));
				return index + 2;
			}
			if (tokens.length) element.children.push(tokensElement(tokens));
		}
		const meta = String(element.properties.dataPagefindMeta ?? '');
		for (const field of TOKENIZED_META) {
			const attribute = new RegExp(`^${field}\\[(data-[\\w-]+)\\]$`).exec(meta)?.[1];
			if (!attribute) continue;
			const key = property(attribute);
			const phrases = String(element.properties[key] ?? '').split('\n').filter(Boolean);
			element.properties[key] = [...new Set([...phrases, ...phrases.flatMap(phraseTokens)])].join(' ');
		}
	});
}

/** Where Pagefind reads a page: Starlight's `<main data-pagefind-body>`. */
const BODY_START = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/**
 * The page with tokens added to its searchable body, or undefined for a page Pagefind does not index
 * (no `data-pagefind-body`: lists, the 404 page). Only the body is parsed: the rest of the page, sidebar
 * and head, is left as it is, which keeps a large site's index build fast.
 */
export function indexableHtml(html: string): string | undefined {
	const start = BODY_START.exec(html);
	const end = html.lastIndexOf('</main>');
	if (!start || end < start.index) return undefined;
	const bodyStart = start.index + start[0].length;
	const tree = fromHtml(html.slice(bodyStart, end), { fragment: true });
	addTokens(tree);
	return html.slice(0, bodyStart) + toHtml(tree) + html.slice(end);
}
