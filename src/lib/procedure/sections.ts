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
