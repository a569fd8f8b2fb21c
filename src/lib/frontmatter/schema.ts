import { z } from 'astro/zod';
import { parseCategory } from './category';

/**
 * The help-center fields, added to Starlight's own frontmatter schema (`docsSchema({ extend })`).
 * Every field is optional because real articles omit some; what is present must have the right type.
 */

const text = z.string().trim().min(1);

/** ISO 8601 date or date-time ("2024-01-25T15:00:00.000Z"); YAML may already have parsed it to a Date. */
const isoDate = z
	.union([z.date(), z.iso.datetime({ offset: true }), z.iso.date()], {
		error: 'ISO 8601 날짜여야 합니다 (예: 2024-01-25T15:00:00.000Z)',
	})
	.transform((value) => new Date(value));

export const seoSchema = z.object({
	title: text.optional(),
	description: text.optional(),
	keywords: z.array(text).default([]),
});

export const helpCenterFields = z.object({
	/** "A > B > C": the article's place in the sidebar and its breadcrumbs. */
	category: z
		.string()
		.transform(parseCategory)
		.refine((levels) => levels.length > 0, '빈 카테고리입니다')
		.optional(),
	/** Search-engine metadata: `<title>`, description, keywords, Open Graph. */
	seo: seoSchema.optional(),
	/** Topic tags, each with a page at /tags/<tag>/. */
	tags: z.array(text).default([]),
	/**
	 * Payment gateways the article is about (display names), each with a page at /pg/<name>/. The help center writes
	 * `공통` (ALL_PG_COMPANIES) for an article about every PG: not a company, so it gets no page.
	 */
	pgCompanies: z.array(text).default([]),
	/** Extra phrases readers search for; indexed but not shown. */
	searchTags: z.array(text).default([]),
	/** When the article was last updated. */
	datetime: isoDate.optional(),
});

export type HelpCenterFields = z.output<typeof helpCenterFields>;

/** The `pgCompanies` value the help center uses for an article that concerns every payment gateway. */
export const ALL_PG_COMPANIES = '공통';
