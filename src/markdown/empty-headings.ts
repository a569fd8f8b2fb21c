import type { MdastPluginDefinition } from 'satteri';

/**
 * The help-center CMS leaves headings with no text (`###`, `### ** **`, a heading holding only an image).
 * As headings they give the table of contents links with no name and empty anchors; as what they are — an
 * image or nothing — they don't. A heading with anything else in it (a component, a link, code) is kept.
 */
const PLAIN = new Set(['text', 'strong', 'emphasis', 'delete', 'break', 'image', 'imageReference']);

interface Node {
	type: string;
	children?: Node[];
}
const onlyPlain = (nodes: Node[]): boolean => nodes.every((node) => PLAIN.has(node.type) && onlyPlain(node.children ?? []));

export function emptyHeadingsPlugin(): MdastPluginDefinition {
	return {
		name: 'pg-guide:empty-headings',
		heading(node, ctx) {
			// Only letters or digits make a heading; an image's alt text does not.
			if (!onlyPlain(node.children as Node[]) || /[\p{L}\p{N}]/u.test(ctx.textContent(node, { includeImageAlt: false }))) return;
			if (!node.children.some((child) => child.type === 'image' || child.type === 'imageReference')) {
				ctx.removeNode(node);
				return;
			}
			return { type: 'paragraph', children: node.children };
		},
	};
}
