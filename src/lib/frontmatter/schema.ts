import { z } from 'astro/zod';
import { levelSlug, parseCategory } from './category';
import { slugify } from '../slug';

/**
 * The help-center fields, added to Starlight's own frontmatter schema (`docsSchema({ extend })`).
 * Every field is optional because real articles omit some; what is present must have the right type.
 */

const text = z.string().trim().min(1);

/** Longest page address segment, in UTF-8 bytes: a folder of the built site, and file systems allow 255. */
export const MAX_SEGMENT_BYTES = 200;

/** Why a label cannot be a page's address segment (`/tags/<segment>/`), or nothing when it can. */
export function segmentProblem(segment: string): string | undefined {
	if (!segment) return '주소로 쓸 글자나 숫자가 없습니다 (기호만으로는 페이지를 만들 수 없습니다)';
	const bytes = new TextEncoder().encode(segment).length;
	if (bytes > MAX_SEGMENT_BYTES) return `주소로 쓰기에 너무 깁니다 (${bytes}바이트, 최대 ${MAX_SEGMENT_BYTES}바이트: 한글로 약 ${Math.floor(MAX_SEGMENT_BYTES / 3)}자)`;
	return undefined;
}

/** A tag or PG name: each has a page, so it must make an address. */
const term = text.superRefine((label, context) => {
	const problem = segmentProblem(slugify(label));
	if (problem) context.addIssue({ code: 'custom', message: `"${label.slice(0, 40)}": ${problem}` });
});

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
		.superRefine((levels, context) => {
			for (const level of levels) {
				const problem = segmentProblem(levelSlug(level));
				if (problem) context.addIssue({ code: 'custom', message: `"${level.slice(0, 40)}": ${problem}` });
			}
		})
		.optional(),
	/** Search-engine metadata: `<title>`, description, keywords, Open Graph. */
	seo: seoSchema.optional(),
	/** Topic tags, each with a page at /tags/<tag>/. */
	tags: z.array(term).default([]),
	/**
	 * Payment gateways the article is about (display names), each with a page at /pg/<name>/. The help center writes
	 * `공통` (ALL_PG_COMPANIES) for an article about every PG: not a company, so it gets no page.
	 */
	pgCompanies: z.array(term).default([]),
	/** Extra phrases readers search for; indexed but not shown. */
	searchTags: z.array(text).default([]),
	/** When the article was last updated. */
	datetime: isoDate.optional(),
});

export type HelpCenterFields = z.output<typeof helpCenterFields>;

/** The `pgCompanies` value the help center uses for an article that concerns every payment gateway. */
export const ALL_PG_COMPANIES = '공통';
