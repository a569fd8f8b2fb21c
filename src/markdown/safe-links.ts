import type { HastPluginDefinition } from 'satteri';

/**
 * A link in content never runs code: `javascript:` (and `vbscript:`, `data:`) destinations lose their
 * `href` and stay as plain text. The CSP would block them anyway; this keeps them out of the HTML.
 * Browsers ignore whitespace and control characters inside a scheme (`java\tscript:`), so this does too.
 */
const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;

export function isScriptUrl(url: string): boolean {
	return SCRIPT_URL.test(url.replace(/[\u0000-\u0020]/g, ''));
}

export function safeLinksPlugin(): HastPluginDefinition {
	return {
		name: 'pg-guide:safe-links',
		element: {
			filter: ['a'],
			visit(node) {
				if (!isScriptUrl(String(node.properties?.href ?? ''))) return;
				const { href: _href, ...properties } = node.properties ?? {};
				return { ...node, properties };
			},
		},
	};
}
