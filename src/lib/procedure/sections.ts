/** Fails, naming the file and the step, when a step links to a heading its guide does not have (as rendered). */
export function assertSectionsExist(file: string, guide: string, steps: { id: string; section: string }[], headings: { slug: string }[]): void {
	const slugs = new Set(headings.map((heading) => heading.slug));
	const missing = steps.filter((step) => !slugs.has(step.section));
	if (missing.length === 0) return;
	const list = missing.map((step) => `단계 "${step.id}"의 section "${step.section}"`).join(', ');
	throw new Error(`${file}: ${list}: ${guide}에 그런 제목이 없습니다. 있는 제목: ${[...slugs].join(', ')}`);
}

/** Fails, naming the file and the step, when a step's `page` is not an article of this build. */
export function assertPagesExist(file: string, steps: { id: string; page?: string | undefined }[], articles: { has(id: string): boolean }): void {
	const missing = steps.filter((step) => step.page !== undefined && !articles.has(step.page));
	if (missing.length === 0) return;
	throw new Error(`${file}: ${missing.map((step) => `단계 "${step.id}"의 page "${step.page}"`).join(', ')}: 그런 글이 없습니다`);
}

/**
 * The sections every PG guide has, which the site writes from the procedure when a guide does not (the seed guide,
 * kept as the help center wrote it, has none of them): what to get ready before applying, the fees, whom to ask.
 * `before`: shown before the article's text, else after it.
 */
export const PROCEDURE_SECTIONS = [
	{ key: 'prepare', slug: '신청-전-준비', text: '신청 전 준비', before: true },
	{ key: 'fees', slug: '수수료', text: '수수료', before: false },
	{ key: 'contacts', slug: '문의처', text: '문의처', before: false },
] as const;
export type ProcedureSection = (typeof PROCEDURE_SECTIONS)[number];

/**
 * The procedure sections a guide lacks, by the headings it renders.
 * @example missingSections([{ slug: '수수료' }]).map((section) => section.slug) // ['신청-전-준비', '문의처']
 */
export const missingSections = (headings: readonly { slug: string }[]): ProcedureSection[] =>
	PROCEDURE_SECTIONS.filter((section) => !headings.some((heading) => heading.slug === section.slug));

/**
 * The name of a guide's section as a reader sees it: the article's heading, or the procedure section the site writes
 * for a guide that lacks it (see `PROCEDURE_SECTIONS`).
 * @example sectionTitle([{ slug: '계약완료', text: '계약완료' }], '신청-전-준비') // '신청 전 준비'
 */
export const sectionTitle = (headings: readonly { slug: string; text: string }[], slug: string): string | undefined =>
	headings.find((heading) => heading.slug === slug)?.text ?? PROCEDURE_SECTIONS.find((section) => section.slug === slug)?.text;
