import type { MdastPluginDefinition } from 'satteri';

/** Nodes whose children can be headings. */
const CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'mdxJsxFlowElement', 'containerDirective', 'footnoteDefinition']);

/**
 * Help-center articles skip heading levels: the page title is the h1, then sections start at `###`
 * and sub-steps use `#####`. Screen readers and Lighthouse (`heading-order`) expect no gaps, so the
 * levels a document uses are mapped, in order, onto h2, h3, …, without touching the source.
 */
export function headingLevelsPlugin(): MdastPluginDefinition {
	let levels = new Map<number, number>();
	return {
		name: 'pg-guide:heading-levels',
		before(root) {
			const used = new Set<number>();
			// Headings are blocks: only containers of blocks are walked, not the inline text of every paragraph.
			const collect = (node: { type: string; depth?: number; children?: unknown[] }) => {
				if (node.type === 'heading' && node.depth) used.add(node.depth);
				else if (CONTAINERS.has(node.type)) node.children?.forEach((child) => collect(child as typeof node));
			};
			collect(root);
			levels = mapHeadingLevels([...used]);
		},
		heading(node, ctx) {
			const depth = levels.get(node.depth);
			if (depth && depth !== node.depth) ctx.setProperty(node, 'depth', depth as typeof node.depth);
		},
	};
}

/** Maps the used levels, smallest first, onto 2, 3, …; an h1 in the body stays a section (h2). */
export function mapHeadingLevels(used: number[]): Map<number, number> {
	const sorted = [...new Set(used)].sort((a, b) => a - b);
	return new Map(sorted.map((level, index) => [level, Math.min(6, index + 2)]));
}
