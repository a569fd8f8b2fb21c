import { markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { missingImagesPlugin } from './missing-images';
import { isScriptUrl, safeLinksPlugin } from './safe-links';

/**
 * Renders the Markdown held in a component prop (`<Callout content="…" />`). The CMS stores some of
 * these as a JSX fragment string (`"<>![](/uploads/…)</>"`); the fragment wrapper is unwrapped.
 * Line breaks inside the prop were line breaks in the CMS, so they stay line breaks. Raw HTML is
 * shown as text, never injected, and `javascript:` links and images lose their destination. The CMS wrote
 * paths with spaces as they are (`![](/uploads/포트원소식/개인정보 202307.png)`), which Markdown does not
 * read as a destination: their spaces are encoded first.
 */
export function renderPropMarkdown(...parts: string[]): string {
	const source = parts
		.map((part) => encodeDestinationSpaces(dedent(unwrapFragment(part)).trim()))
		.filter(Boolean)
		.join('\n\n');
	if (!source) return '';
	const result = markdownToHtml(source, {
		mdastPlugins: [htmlAsTextPlugin, hardBreaksPlugin],
		hastPlugins: [missingImagesPlugin(), safeLinksPlugin()],
	});
	// Satteri returns a promise only when a plugin is async; ours are not, and components render synchronously.
	if (result instanceof Promise) throw new Error('renderPropMarkdown: a Markdown plugin became async');
	return result.html;
}

/** An image as Markdown: `alt` as text (a lone `]` in it does not end it), `src` whatever characters it holds. */
export function imageMarkdown(alt: string, src: string): string {
	return `![${alt.replace(/[\\[\]]/g, '\\$&')}](${encodeDestination(src)})`;
}

/**
 * Characters a Markdown link destination cannot hold bare, percent-encoded (the missing-image check decodes them):
 * spaces, `<`, `>`, and parentheses unless they pair up.
 */
export function encodeDestination(url: string): string {
	let depth = 0;
	for (const char of url) if ((depth += char === '(' ? 1 : char === ')' ? -1 : 0) < 0) break;
	const unsafe = depth === 0 ? /[\s<>]/g : /[\s<>()]/g;
	return url.replace(unsafe, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * `[text](/a b.pdf)` → `[text](/a%20b.pdf)`: the destination runs to the `)` that balances the `(`, and an optional
 * title (`"…"`) stays a title.
 */
export function encodeDestinationSpaces(markdown: string): string {
	let out = '';
	let from = 0;
	for (let start = markdown.indexOf('](', from); start !== -1; start = markdown.indexOf('](', from)) {
		const open = start + 2;
		let depth = 1;
		let end = open;
		for (; end < markdown.length && depth > 0 && markdown[end] !== '\n'; end++) {
			if (markdown[end] === '(') depth++;
			else if (markdown[end] === ')') depth--;
		}
		if (depth > 0) {
			out += markdown.slice(from, open);
			from = open;
			continue;
		}
		const inside = markdown.slice(open, end - 1);
		const [, destination = '', title = ''] = /^\s*(.*?)((?:\s+(?:"[^"]*"|'[^']*'))?)\s*$/.exec(inside) ?? [];
		// A script URL stays as written, for the safe-links plugin to recognize and drop.
		const bare = destination.startsWith('<') || !/\s/.test(destination) || isScriptUrl(destination);
		out += markdown.slice(from, open) + (bare ? inside : `${encodeDestination(destination)}${title}`) + ')';
		from = end;
	}
	return out + markdown.slice(from);
}

/** `"<>…</>"` → `"…"`. */
export function unwrapFragment(markdown: string): string {
	const match = /^\s*<>([\s\S]*)<\/>\s*$/.exec(markdown);
	return match ? match[1]! : markdown;
}

/** Removes the indentation every non-blank line shares (the CMS indents fragment contents). */
export function dedent(text: string): string {
	const lines = text.split('\n');
	const indents = lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)![0].length);
	const shared = indents.length ? Math.min(...indents) : 0;
	return shared ? lines.map((line) => line.slice(shared)).join('\n') : text;
}

const htmlAsTextPlugin: MdastPluginDefinition = {
	name: 'pg-guide:html-as-text',
	html(node) {
		return { type: 'text', value: node.value };
	},
};

const hardBreaksPlugin: MdastPluginDefinition = {
	name: 'pg-guide:hard-breaks',
	text(node, ctx) {
		if (!node.value.includes('\n')) return;
		const parts = node.value.split('\n');
		ctx.replaceNode(
			node,
			parts.flatMap((value, index) =>
				index === 0 ? [{ type: 'text', value }] : [{ type: 'break' }, { type: 'text', value }],
			),
		);
	},
};
