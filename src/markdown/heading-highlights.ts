import type { MdastPluginDefinition } from 'satteri';

/**
 * The CMS marks whole section titles as `## <Highlight text="브랜드페이" />`. A component's text is a prop, so
 * the heading would have no text of its own: no name in the table of contents, an empty anchor. Inside a
 * heading, Highlight becomes the same `<mark class="highlight">` with its text in the heading.
 */
export function headingHighlightsPlugin(): MdastPluginDefinition {
	return {
		name: 'pg-guide:heading-highlights',
		mdxJsxTextElement(node, ctx) {
			if (node.name !== 'Highlight' || ctx.parent(node)?.type !== 'heading') return;
			const text = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'text')?.value;
			if (typeof text !== 'string') return;
			return { type: 'strong', data: { hName: 'mark', hProperties: { className: ['highlight'] } }, children: [{ type: 'text', value: text }] };
		},
	};
}
