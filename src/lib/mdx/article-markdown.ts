import { markdownToMdast, mdxToMdast } from 'satteri';
import { isScriptUrl } from '../../markdown/safe-links';
import { encodeDestination, imageMarkdown } from '../../markdown/prop-markdown';
import { codeSpan, escapeMarkdown } from './markdown-text';
import { repairMdxSource } from './repair-source';

/**
 * An article as plain Markdown, for machines (`/llms.txt`, `/<page>.md`): the author's Markdown kept as written, and
 * each help-center component written as the Markdown a person would have typed for it — a Callout as a quote, an
 * Accordion as a bold title over its text, a Highlight as bold, a Tag as code, an Indent's content as it is. Imports
 * and expressions go. Components carry Markdown in their props (see src/markdown/prop-markdown.ts). As in the
 * HTML (src/markdown/safe-links.ts), a `javascript:` (`vbscript:`, `data:`) link keeps its text and loses its
 * destination, such an image shows its alt text, and raw HTML in a prop is text; a text prop or title is escaped so
 * that it reads as the text it is.
 */

interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	alt?: string | null;
	identifier?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { offset: number }; end: { offset: number } };
}

/** Nodes that are not Markdown: replaced in the source by what `markdownFor` returns. */
const SPECIAL = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/**
 * One document being converted: its source, the link definitions (`[id]: url`) that point at script, and whether
 * raw HTML is text (in a prop, as where the prop is rendered).
 */
interface Doc {
	source: string;
	scriptDefinitions: Set<string>;
	htmlAsText: boolean;
}

/** Whether a node is replaced, not kept as written: a component or expression, or a link that could run script. */
function isSpecial(node: Node, doc: Doc): boolean {
	if (SPECIAL.has(node.type) || (node.type === 'html' && doc.htmlAsText)) return true;
	if (node.type === 'link' || node.type === 'image' || node.type === 'definition') return isScriptUrl(node.url ?? '');
	if (node.type === 'linkReference' || node.type === 'imageReference') return doc.scriptDefinitions.has(node.identifier ?? '');
	return false;
}

/** `source` parsed as MDX (an article) or Markdown (a component's prop), every special node replaced. */
function converted(source: string, parse: (source: string) => unknown, htmlAsText = false): string {
	const tree = parse(source) as Node;
	const scriptDefinitions = new Set<string>();
	const collect = (node: Node) => {
		if (node.type === 'definition' && isScriptUrl(node.url ?? '')) scriptDefinitions.add(node.identifier ?? '');
		node.children?.forEach(collect);
	};
	collect(tree);
	// Offsets count UTF-16 code units, like JavaScript strings.
	return spliced({ source, scriptDefinitions, htmlAsText }, 0, source.length, tree.children ?? []);
}

export function articleMarkdown(body: string): string {
	return tidy(converted(repairMdxSource(body).source, mdxToMdast));
}

/** The source between two offsets with every special node in it replaced. */
function spliced(doc: Doc, start: number, end: number, nodes: Node[]): string {
	const special: Node[] = [];
	const collect = (node: Node) => (isSpecial(node, doc) ? special.push(node) : node.children?.forEach(collect));
	nodes.forEach(collect);
	let out = '';
	let at = start;
	for (const node of special) {
		const { start: from, end: to } = node.position!;
		out += doc.source.slice(at, from.offset) + markdownFor(doc, node);
		at = to.offset;
	}
	return out + doc.source.slice(at, end);
}

const attribute = (node: Node, name: string): string => {
	const value = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
	return typeof value === 'string' ? value.trim() : '';
};

/**
 * Markdown in a prop: the CMS wraps some in a fragment string (`"<>…</>"`); indented lines are not code. Script
 * links go, and raw HTML is text, as where the prop is rendered (src/markdown/prop-markdown.ts).
 */
function propMarkdown(value: string): string {
	const markdown = value
		.replace(/^\s*<>([\s\S]*)<\/>\s*$/, '$1')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.trim();
	return converted(markdown, markdownToMdast, true);
}

function childrenMarkdown(doc: Doc, node: Node): string {
	const children = node.children ?? [];
	if (children.length === 0) return '';
	const text = spliced(doc, children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset, children);
	return text
		.split('\n')
		.map((line) => line.replace(/^\s{1,4}/, ''))
		.join('\n')
		.trim();
}

const quote = (text: string) =>
	text
		.split('\n')
		.map((line) => (line ? `> ${line}` : '>'))
		.join('\n');

/** A URL prop, unless it could run script. */
const safeUrl = (node: Node, name: string) => {
	const url = attribute(node, name);
	return isScriptUrl(url) ? '' : url;
};

function markdownFor(doc: Doc, node: Node): string {
	switch (node.type) {
		case 'link':
		case 'linkReference':
			// The link's text, without its destination.
			return childrenMarkdown(doc, node);
		case 'image':
		case 'imageReference':
			return escapeMarkdown(node.alt ?? '');
		case 'html':
			return escapeMarkdown(String(node.value ?? ''));
	}
	if (!node.type.startsWith('mdxJsx')) return '';
	const inner = childrenMarkdown(doc, node);
	const flow = node.type === 'mdxJsxFlowElement';
	switch (node.name) {
		case 'Callout': {
			const title = escapeMarkdown([attribute(node, 'icon'), attribute(node, 'title')].filter(Boolean).join(' '));
			const href = safeUrl(node, 'href');
			const heading = href ? `[${title || escapeMarkdown(href)}](${encodeDestination(href)})` : title && `**${title}**`;
			return quote([heading, propMarkdown(attribute(node, 'content')), inner].filter(Boolean).join('\n\n'));
		}
		case 'Accordion': {
			const image = safeUrl(node, 'image');
			const parts = [`**${escapeMarkdown(attribute(node, 'title'))}**`, propMarkdown(attribute(node, 'content')), image && imageMarkdown('', image), inner];
			return parts.filter(Boolean).join('\n\n');
		}
		case 'Highlight': {
			const text = attribute(node, 'text');
			return `**${text ? escapeMarkdown(text) : inner}**`;
		}
		case 'Tag':
			return codeSpan(attribute(node, 'text') || inner);
		case 'GlossaryTerm':
			// The word as the page shows it; its explanation is the glossary's.
			return inner || escapeMarkdown(attribute(node, 'name'));
		case 'CategoryOverview':
			return '';
		default:
			// Indent, and any other element: its content.
			return flow ? inner : inner.replace(/\n+/g, ' ');
	}
}

/** No runs of blank lines where imports and expressions were removed. */
const tidy = (markdown: string) => `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
