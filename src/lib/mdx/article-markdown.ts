import { mdxToMdast } from 'satteri';
import { repairMdxSource } from './repair-source';

/**
 * An article as plain Markdown, for machines (`/llms.txt`, `/<page>.md`): the author's Markdown kept as written, and
 * each help-center component written as the Markdown a person would have typed for it — a Callout as a quote, an
 * Accordion as a bold title over its text, a Highlight as bold, a Tag as code, an Indent's content as it is. Imports
 * and expressions go. Components carry Markdown in their props (see src/markdown/prop-markdown.ts).
 */

interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { offset: number }; end: { offset: number } };
}

/** Nodes that are not Markdown: replaced in the source by what `markdownFor` returns. */
const SPECIAL = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

export function articleMarkdown(body: string): string {
	const { source } = repairMdxSource(body);
	const tree = mdxToMdast(source) as unknown as Node;
	// Offsets count UTF-16 code units, like JavaScript strings.
	return tidy(spliced(source, 0, source.length, tree.children ?? []));
}

/** The source between two offsets with every special node in it replaced. */
function spliced(source: string, start: number, end: number, nodes: Node[]): string {
	const special: Node[] = [];
	const collect = (node: Node) => (SPECIAL.has(node.type) ? special.push(node) : node.children?.forEach(collect));
	nodes.forEach(collect);
	let out = '';
	let at = start;
	for (const node of special) {
		const { start: from, end: to } = node.position!;
		out += source.slice(at, from.offset) + markdownFor(source, node);
		at = to.offset;
	}
	return out + source.slice(at, end);
}

const attribute = (node: Node, name: string): string => {
	const value = node.attributes?.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name)?.value;
	return typeof value === 'string' ? value.trim() : '';
};

/** Markdown in a prop: the CMS wraps some in a fragment string (`"<>…</>"`); indented lines are not code. */
const propMarkdown = (value: string) =>
	value
		.replace(/^\s*<>([\s\S]*)<\/>\s*$/, '$1')
		.split('\n')
		.map((line) => line.trim())
		.join('\n')
		.trim();

function childrenMarkdown(source: string, node: Node): string {
	const children = node.children ?? [];
	if (children.length === 0) return '';
	const text = spliced(source, children[0]!.position!.start.offset, children.at(-1)!.position!.end.offset, children);
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

function markdownFor(source: string, node: Node): string {
	if (!node.type.startsWith('mdxJsx')) return '';
	const inner = childrenMarkdown(source, node);
	const flow = node.type === 'mdxJsxFlowElement';
	switch (node.name) {
		case 'Callout': {
			const title = [attribute(node, 'icon'), attribute(node, 'title')].filter(Boolean).join(' ');
			const href = attribute(node, 'href');
			const heading = href ? `[${title || href}](${href})` : title && `**${title}**`;
			return quote([heading, propMarkdown(attribute(node, 'content')), inner].filter(Boolean).join('\n\n'));
		}
		case 'Accordion': {
			const image = attribute(node, 'image');
			const parts = [`**${attribute(node, 'title')}**`, propMarkdown(attribute(node, 'content')), image && `![](${image})`, inner];
			return parts.filter(Boolean).join('\n\n');
		}
		case 'Highlight':
			return `**${attribute(node, 'text') || inner}**`;
		case 'Tag':
			return `\`${attribute(node, 'text') || inner}\``;
		case 'CategoryOverview':
			return '';
		default:
			// Indent, and any other element: its content.
			return flow ? inner : inner.replace(/\n+/g, ' ');
	}
}

/** No runs of blank lines where imports and expressions were removed. */
const tidy = (markdown: string) => `${markdown.replace(/\n{3,}/g, '\n\n').trim()}\n`;
