import type { MdastPluginDefinition } from 'satteri';

/**
 * Links as the help-center CMS wrote them, made to work here:
 * - `/content/<name>` is the help center's own address of an article. It points to that article's page
 *   here, or, for an article this site does not carry, to the help center itself.
 * - `[text]( https://…)` carries a stray space.
 *
 * The loader knows every article's file name and registers it; the Markdown pipeline and the loader
 * are loaded as separate module instances, so the map lives on `globalThis`.
 */
export const HELP_CENTER_ORIGIN = 'https://help.portone.io';
const HELP_CENTER_PATH = /^\/content\/([^/?#]+)\/?([?#].*)?$/;

const registry: { pathsByName: Map<string, string> } = ((
	globalThis as { __pgGuideArticlePaths?: { pathsByName: Map<string, string> } }
).__pgGuideArticlePaths ??= { pathsByName: new Map() });

/** Registers an article's file name (without extension) and the site path of its page. */
export function registerArticlePath(name: string, path: string) {
	registry.pathsByName.set(name, path);
}

/** The destination a link should have; the same string when it is fine as written. */
export function repairLinkUrl(url: string): string {
	const trimmed = url.trim();
	const helpCenter = HELP_CENTER_PATH.exec(trimmed);
	if (!helpCenter) return trimmed;
	const path = registry.pathsByName.get(decodeURIComponent(helpCenter[1]!));
	return (path ?? `${HELP_CENTER_ORIGIN}/content/${helpCenter[1]}`) + (helpCenter[2] ?? '');
}

export function linkRepairPlugin(): MdastPluginDefinition {
	return {
		name: 'pg-guide-link-repair',
		link(node, ctx) {
			const url = repairLinkUrl(node.url);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	};
}
