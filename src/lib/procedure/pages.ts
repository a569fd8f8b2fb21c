/**
 * The articles a procedure walks the merchant through, in step order: each step's own page, or the guide for a step
 * that has none; each article once, where it is first needed.
 * @example procedurePages('guides/kg', [{ page: 'guides/requirements' }, {}, { page: 'guides/channel' }])
 * // ['guides/requirements', 'guides/kg', 'guides/channel']
 */
export function procedurePages(guide: string, steps: { page?: string | undefined }[]): string[] {
	return [...new Set([...steps.map((step) => step.page ?? guide), guide])];
}
