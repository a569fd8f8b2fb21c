import { z } from 'astro/zod';
import { PLANS } from './items';

/** A checklist file (`content/checklists/*.yaml`): the guide it belongs to and the items its reader ticks off, in order. */

const text = z.string().trim().min(1);

const period = z
	.strictObject({
		months: z.int().positive().optional(),
		weeks: z.int().positive().optional(),
		days: z.int().positive().optional(),
		businessDays: z.int().positive().optional(),
	})
	.refine((value) => Object.keys(value).length > 0, 'months, weeks, days, businessDays 중 하나가 필요합니다');

export const checklistItemSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '항목 id는 영문 소문자, 숫자, -로 씁니다 (예: key-file)'),
	label: text,
	/** The id of the guide heading the item comes from, as rendered (`계약완료`, `kg이니시스의-계약-안내`). */
	section: text,
	applies: z.enum(PLANS).optional(),
	note: text.optional(),
	due: z
		.strictObject({
			after: period,
			/** The latest day, when the date is a range: 2~3영업일 is `after: { businessDays: 2 }, upTo: { businessDays: 3 }`. */
			upTo: period.optional(),
			label: text,
			applies: z.enum(PLANS).optional(),
			/** A hard limit (the 바로오픈 MID's last day), warned about when an expected date falls after it. */
			deadline: z.boolean().optional(),
			/** What to do on the day, in the calendar event. */
			note: text.optional(),
		})
		.optional(),
	/** A long wait follows this step: once it is ticked, the checklist suggests saving the restore link. */
	waitFollows: z.boolean().optional(),
});

export type ChecklistItemData = z.infer<typeof checklistItemSchema>;

export const checklistItemsSchema = z
	.array(checklistItemSchema)
	.min(1)
	.superRefine((items, context) => {
		const seen = new Set<string>();
		for (const [index, { id }] of items.entries()) {
			if (seen.has(id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `항목 id "${id}"가 두 번 나옵니다` });
			seen.add(id);
		}
	});

export const checklistSchema = z.strictObject({
	/**
	 * The guide's entry id (`guides/kg-inicis-contract`). Not Astro's `reference()`: a guide missing from the
	 * content folder being built is normal (another `CONTENT_DIR`), and the checklist is then skipped.
	 */
	guide: text,
	items: checklistItemsSchema,
});

/** Fails, naming the file and the item, when an item points at a heading the guide does not have. */
export function assertSectionsExist(file: string, guide: string, items: ChecklistItemData[], headings: { slug: string }[]): void {
	const slugs = new Set(headings.map((heading) => heading.slug));
	const missing = items.filter((item) => !slugs.has(item.section));
	if (missing.length === 0) return;
	const list = missing.map((item) => `항목 "${item.id}"의 section "${item.section}"`).join(', ');
	throw new Error(`${file}: ${list}: ${guide}에 그런 제목이 없습니다. 있는 제목: ${[...slugs].join(', ')}`);
}
