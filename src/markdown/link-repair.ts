import type { MdastPluginDefinition } from 'satteri';

/**
 * Links as the help-center CMS wrote them, made to work here:
 * - `/content/<name>` is the help center's own address of an article. It points to that article's page
 *   here, or, for an article this site does not carry, to the help center itself.
 * - `[text]( https://…)` carries a stray space.
 *
 * Which articles exist is asked of `articlePathsByName` (src/loaders/article-files.ts), handed in by the config.
 */
export const HELP_CENTER_ORIGIN = 'https://help.portone.io';
const HELP_CENTER_PATH = /^\/content\/([^/?#]+)\/?([?#].*)?$/;

/** An article's page path by its file name without extension. */
export type ArticlePathOf = (name: string) => string | undefined;

/** The destination a link should have; the same string when it is fine as written. */
export function repairLinkUrl(url: string, pathOf: ArticlePathOf): string {
	const trimmed = url.trim();
	const helpCenter = HELP_CENTER_PATH.exec(trimmed);
	if (!helpCenter) return trimmed;
	const path = pathOf(decodeURIComponent(helpCenter[1]!));
	return (path ?? `${HELP_CENTER_ORIGIN}/content/${helpCenter[1]}`) + (helpCenter[2] ?? '');
}

export function linkRepairPlugin(pathOf: ArticlePathOf): MdastPluginDefinition {
	return {
		name: 'pg-guide:link-repair',
		link(node, ctx) {
			const url = repairLinkUrl(node.url, pathOf);
			if (url !== node.url) ctx.setProperty(node, 'url', url);
		},
	};
}
