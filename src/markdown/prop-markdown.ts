import { markdownToHtml, type MdastPluginDefinition } from 'satteri';
import { missingImagesPlugin } from './missing-images';
import { safeLinksPlugin } from './safe-links';

/**
 * Renders the Markdown held in a component prop (`<Callout content="…" />`). The CMS stores some of
 * these as a JSX fragment string (`"<>![](/uploads/…)</>"`); the fragment wrapper is unwrapped.
 * Line breaks inside the prop were line breaks in the CMS, so they stay line breaks. Raw HTML is
 * shown as text, never injected, and `javascript:` links lose their destination.
 */
export function renderPropMarkdown(...parts: string[]): string {
	const source = parts
		.map((part) => dedent(unwrapFragment(part)).trim())
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
