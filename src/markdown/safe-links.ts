import type { HastPluginDefinition, MdxJsxAttributeNode, MdxJsxExpressionAttributeNode, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { imagePlaceholder } from './missing-images';

/**
 * Content never runs code. A link whose destination is a `javascript:` (or `vbscript:`, `data:`) URL loses it
 * and stays as text, such an image shows its alt text as a missing image does; HTML written as JSX in an article body loses its event handlers (`onClick=…`),
 * script URLs and spread attributes. The CSP would block them anyway; this keeps them out of the HTML.
 * Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so this does too.
 */
const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

export function isScriptUrl(url: string): boolean {
	return SCRIPT_URL.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** Attributes that hold a URL a browser follows or loads, as hast properties and as HTML/JSX attribute names. */
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'data', 'xlinkHref'];
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'xlink:href', 'xlinkhref', 'srcdoc']);

function withoutScriptUrls<Node extends { tagName: string; properties?: Record<string, unknown> }>(node: Readonly<Node>) {
	const properties: Record<string, unknown> = node.properties ?? {};
	const unsafe = URL_PROPERTIES.filter((name) => isScriptUrl(String(properties[name] ?? '')));
	if (unsafe.length === 0) return undefined;
	if (node.tagName === 'img') return imagePlaceholder(String(properties.alt ?? '').trim());
	return { ...node, properties: Object.fromEntries(Object.entries(properties).filter(([name]) => !unsafe.includes(name))) } as Node;
}

/** Keeps an attribute of an HTML element written in JSX unless it could run code. */
function isSafeAttribute(attribute: MdxJsxAttributeNode | MdxJsxExpressionAttributeNode): boolean {
	// `{...props}` could carry anything.
	if (attribute.type === 'mdxJsxExpressionAttribute') return false;
	const name = attribute.name.toLowerCase();
	if (name.startsWith('on')) return false;
	if (!URL_ATTRIBUTES.has(name)) return true;
	// A URL written as an expression cannot be checked at build time.
	return typeof attribute.value === 'string' ? name !== 'srcdoc' && !isScriptUrl(attribute.value) : attribute.value == null;
}

function safeJsxElement<Node extends MdxJsxFlowElementHast | MdxJsxTextElementHast>(node: Readonly<Node>): Node | undefined {
	// Components (`<Callout>`) check their own props; lowercase names are HTML elements.
	if (!node.name || !/^[a-z]/.test(node.name)) return undefined;
	const attributes = node.attributes.filter(isSafeAttribute);
	return attributes.length === node.attributes.length ? undefined : ({ ...node, attributes } as Node);
}

export function safeLinksPlugin(): HastPluginDefinition {
	return {
		name: 'pg-guide:safe-links',
		element: { filter: ['a', 'img', 'area', 'form', 'button', 'input', 'iframe', 'embed', 'object', 'source', 'video', 'audio'], visit: withoutScriptUrls },
		mdxJsxFlowElement: { filter: [], visit: safeJsxElement },
		mdxJsxTextElement: { filter: [], visit: safeJsxElement },
	};
}
