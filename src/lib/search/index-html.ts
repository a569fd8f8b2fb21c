import { Parser } from 'htmlparser2';
import { markTokens, phraseTokens, textTokens } from '../korean/index-tokens';
import { PHRASE_SEPARATOR, TOKENIZED_META, TOKENS_ATTRIBUTE } from './contract';

/**
 * The page as the search index reads it: the built HTML with the Korean index tokens of every block of
 * text added right after that text (see ../korean/index-tokens.ts), in an attribute Pagefind indexes.
 * Right after, so that a match on a token belongs to the same section, and links to the same heading,
 * as the word it comes from. Only the index sees this copy; the page served to readers stays as built.
 *
 * The tokens are spliced into the page's own text, which is never re-serialized: a streaming parse
 * (htmlparser2) finds where each block ends, and the rest of the markup stays byte for byte as built.
 */

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dt', 'dd', 'summary', 'figcaption', 'blockquote', ...HEADINGS]);
/** Children of a block that are blocks themselves: their text is not the block's own. */
const NESTED_BLOCKS = new Set([...BLOCKS, 'ul', 'ol', 'div', 'table', 'pre', 'details', 'figure', 'aside', 'section']);

const isCalloutTitle = (attributes: Record<string, string>) => (attributes.class ?? '').includes('callout__title');

interface Block {
	/** A heading, a callout's title or a summary reads like a phrase: short, and typed from memory. */
	phrase: boolean;
	heading: boolean;
	text: string;
}

/** An element still open, and the block collecting its text if it is one. */
interface OpenElement {
	name: string;
	block?: Block;
	/** `data-pagefind-ignore`: Pagefind leaves its text out ("all": its meta fields too), so its tokens stay out. */
	ignore?: 'index' | 'all';
}

interface Edit {
	start: number;
	end: number;
	text: string;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const tokensElement = (tokens: string[]) =>
	`<span data-pagefind-index-attrs="${TOKENS_ATTRIBUTE}" ${TOKENS_ATTRIBUTE}="${escapeAttribute(markTokens(tokens))}"></span>`;

/** A meta field's value with the phrases' tokens added after them as one marked run, or undefined if it has none. */
function metaEdit(tag: string, attributes: Record<string, string>, offset: number, onText?: TextListener): Edit | undefined {
	for (const field of TOKENIZED_META) {
		const attribute = new RegExp(`^${field}\\[(data-[\\w-]+)\\]$`).exec(attributes['data-pagefind-meta'] ?? '')?.[1];
		const value = attribute && new RegExp(`\\s${attribute}="[^"]*"`).exec(tag);
		if (!attribute || !value) continue;
		const phrases = (attributes[attribute] ?? '').split(PHRASE_SEPARATOR.trim()).map((phrase) => phrase.trim()).filter(Boolean);
		for (const phrase of phrases) onText?.(phrase);
		const tokens = [...new Set(phrases.flatMap(phraseTokens))];
		const tokenized = `${phrases.join(PHRASE_SEPARATOR)}${tokens.length ? ` ${markTokens(tokens)}` : ''}`;
		const start = offset + value.index;
		return { start, end: start + value[0].length, text: ` ${attribute}="${escapeAttribute(tokenized)}"` };
	}
	return undefined;
}

/** Told the text of every block and meta phrase of a page, as indexed: the vocabulary is built from it. */
export type TextListener = (text: string) => void;

/** The edits that add tokens to a page body: after each block's text, and in its meta fields. */
function tokenEdits(body: string, onText?: TextListener): Edit[] {
	const edits: Edit[] = [];
	const open: OpenElement[] = [];
	// A token already added in this section adds nothing to which section a word is found in.
	let sectionTokens = new Set<string>();
	// The innermost `data-pagefind-ignore` still open, if any.
	const ignored = () => open.findLast((element) => element.ignore)?.ignore;
	const parser: Parser = new Parser({
		onopentag(name, attributes) {
			const outer = ignored();
			const own = attributes['data-pagefind-ignore'];
			const ignore = outer === 'all' || own === 'all' ? 'all' : own !== undefined ? 'index' : outer;
			if (attributes['data-pagefind-meta'] && ignore !== 'all') {
				const edit = metaEdit(body.slice(parser.startIndex, parser.endIndex + 1), attributes, parser.startIndex, onText);
				if (edit) edits.push(edit);
			}
			if (ignore) return void open.push({ name, ignore });
			const heading = HEADINGS.has(name);
			if (heading) sectionTokens = new Set();
			const block = BLOCKS.has(name) || isCalloutTitle(attributes);
			open.push({ name, block: block ? { phrase: heading || name === 'summary' || isCalloutTitle(attributes), heading, text: '' } : undefined });
		},
		ontext(text) {
			if (ignored()) return;
			for (let index = open.length - 1; index >= 0; index--) {
				const element = open[index]!;
				if (element.block) {
					element.block.text += text;
					return;
				}
				if (NESTED_BLOCKS.has(element.name)) return;
			}
		},
		onclosetag(_name, implied) {
			const block = open.pop()?.block;
			if (!block) return;
			onText?.(block.text);
			const tokens = (block.phrase ? phraseTokens(block.text) : textTokens(block.text)).filter((token) => !sectionTokens.has(token));
			if (!tokens.length) return;
			for (const token of tokens) sectionTokens.add(token);
			// Beside a heading, not in it: Pagefind takes a heading's text for the page or section title.
			const at = implied ? parser.startIndex : block.heading ? parser.endIndex + 1 : parser.startIndex;
			edits.push({ start: at, end: at, text: tokensElement(tokens) });
		},
	});
	parser.end(body);
	return edits;
}

function applyEdits(text: string, edits: Edit[]): string {
	const sorted = edits.map((edit, order) => ({ ...edit, order })).sort((a, b) => a.start - b.start || a.order - b.order);
	let result = '';
	let position = 0;
	for (const edit of sorted) {
		result += text.slice(position, edit.start) + edit.text;
		position = edit.end;
	}
	return result + text.slice(position);
}

/** Where Pagefind reads a page: Starlight's `<main data-pagefind-body>`. */
const BODY_START = /<main\b[^>]*\bdata-pagefind-body\b[^>]*>/;

/**
 * The page with tokens added to its searchable body, or undefined for a page Pagefind does not index
 * (no `data-pagefind-body`: lists, the 404 page). Only the body is parsed: the rest of the page, sidebar
 * and head, is left as it is, which keeps a large site's index build fast.
 */
export function indexableHtml(html: string, onText?: TextListener): string | undefined {
	const start = BODY_START.exec(html);
	const end = html.lastIndexOf('</main>');
	if (!start || end < start.index) return undefined;
	const bodyStart = start.index + start[0].length;
	const body = html.slice(bodyStart, end);
	return html.slice(0, bodyStart) + applyEdits(body, tokenEdits(body, onText)) + html.slice(end);
}
