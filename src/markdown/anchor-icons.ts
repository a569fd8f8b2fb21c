import type { AstroIntegration } from 'astro';
import type { HastPluginDefinition } from 'satteri';

/**
 * Starlight gives every heading an anchor link with its own copy of a 500-byte SVG icon. The first copy
 * on a page is kept (its shape given an id) and the others point to it with `<use>`: same icon, a
 * fraction of the bytes on a phone.
 */
const SHAPE_ID = 'sl-anchor-icon-shape';

const classesOf = (node: { properties?: Record<string, unknown> } | undefined) =>
	String(node?.properties?.class ?? node?.properties?.className ?? '').split(/[\s,]+/);

export function anchorIconsPlugin(): HastPluginDefinition {
	let first = true;
	return {
		name: 'pg-guide:anchor-icons',
		element: {
			filter: ['svg'],
			visit(node, ctx) {
				if (!classesOf(ctx.parent(node) as never).includes('sl-anchor-icon')) return;
				const children = first
					? [{ type: 'element' as const, tagName: 'g', properties: { id: SHAPE_ID }, children: node.children }]
					: [{ type: 'element' as const, tagName: 'use', properties: { href: `#${SHAPE_ID}` }, children: [] }];
				first = false;
				ctx.setProperty(node, 'children', children as never);
			},
		},
	};
}

/** Registers the plugin after Starlight's own, which create the anchor links. */
export function anchorIconsIntegration(): AstroIntegration {
	return {
		name: 'pg-guide:anchor-icons',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const options = (config.markdown.processor as { options?: { hastPlugins?: unknown[] } }).options;
				options?.hastPlugins?.push(() => anchorIconsPlugin());
			},
		},
	};
}
