import { getCollection } from 'astro:content';
import { fingerprint } from '../lib/checklist/fingerprint';
import { PLANS, type ChecklistItem } from '../lib/checklist/items';
import { assertLinkable, checklistFingerprint, type LinkChecklist } from '../lib/checklist/link';
import type { ChecklistItemData } from '../lib/checklist/schema';
import { getSiteArticles, type Article } from './articles';

/**
 * The checklists of the guides in this build, by guide id. A checklist whose guide is not in the content folder
 * (e.g. `CONTENT_DIR=` another folder) is skipped with a note, not an error. Read once per build.
 */

export interface GuideChecklist {
	guide: Article;
	/** The checklist's file, for error messages. */
	file: string;
	/** Each with the fingerprint of what it says, so that a tick made before a change of text is pointed out. */
	items: (ChecklistItemData & ChecklistItem)[];
	/** What a restore link needs to know of this checklist. */
	link: LinkChecklist;
}

/** The checklist's heading on its guide, also listed in the table of contents. */
export const CHECKLIST_HEADING = { depth: 2, slug: '내-체크리스트', text: '내 체크리스트' } as const;

let cached: Promise<Map<string, GuideChecklist>> | undefined;

export function getGuideChecklists(): Promise<Map<string, GuideChecklist>> {
	cached ??= load();
	return cached;
}

async function load(): Promise<Map<string, GuideChecklist>> {
	const { byId } = await getSiteArticles();
	const checklists = new Map<string, GuideChecklist>();
	for (const { id, filePath, data } of await getCollection('checklists')) {
		const file = filePath ?? id;
		const guide = byId.get(data.guide);
		if (!guide) {
			console.info(`[checklists] ${file}: 가이드 ${data.guide}가 이 빌드의 글에 없어 건너뜁니다`);
			continue;
		}
		const other = checklists.get(guide.id);
		if (other) throw new Error(`${file}: ${guide.id}의 체크리스트가 이미 있습니다: ${other.file}`);
		// The text and meaning of a step: a change in any of them makes ticks of it "changed".
		const items = data.items.map((item) => ({ ...item, fingerprint: fingerprint([item.label, item.note, item.section, item.applies, item.due]) }));
		assertLinkable(file, items.map((item) => item.id));
		const link = { guide: guide.id, fingerprint: checklistFingerprint(items), plans: PLANS, itemIds: items.map((item) => item.id) };
		checklists.set(guide.id, { guide, file, items, link });
	}
	return checklists;
}
