import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { HelpCenterFields } from '../lib/frontmatter/schema';

type Head = StarlightRouteData['head'];
type HeadEntry = Head[number];

interface PageData extends Partial<HelpCenterFields> {
	title: string;
	description?: string | undefined;
}

/**
 * Applies `seo` to the head Starlight built: `<title>`, meta description, keywords and Open Graph.
 * Starlight only knows its own `description` field, so an article whose description lives in `seo`
 * would otherwise ship without one.
 */
export function seoHead(head: Head, data: PageData): Head {
	const seo = data.seo;
	const title = seo?.title ?? data.title;
	const description = data.description ?? seo?.description;
	const keywords = [...new Set([...(seo?.keywords ?? []), ...(data.tags ?? [])])];

	const result = head.map((entry): HeadEntry => {
		if (entry.tag === 'title' && entry.content) {
			// A function, so that `$&` or `$'` in the title are text, not replacement patterns.
			return { ...entry, content: entry.content.replace(data.title, () => title) };
		}
		if (entry.tag === 'meta' && entry.attrs?.property === 'og:title') {
			return { ...entry, attrs: { ...entry.attrs, content: title } };
		}
		return entry;
	});
	const set = (key: 'name' | 'property', name: string, content: string) => {
		const existing = result.find((entry) => entry.tag === 'meta' && entry.attrs?.[key] === name);
		if (existing) existing.attrs = { ...existing.attrs, content };
		else result.push({ tag: 'meta', attrs: { [key]: name, content } });
	};
	if (description) {
		set('name', 'description', description);
		set('property', 'og:description', description);
	}
	if (keywords.length) set('name', 'keywords', keywords.join(', '));
	if (data.datetime) set('property', 'article:modified_time', data.datetime.toISOString());
	return result;
}
