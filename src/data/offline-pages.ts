import { getGuideChecklists } from './checklists';
import { getSiteArticles } from './articles';

/**
 * The pages every reader gets saved on the first visit, to use offline: the home, "내 체크리스트" and every guide
 * with a checklist. The offline page links them, and the service worker's build step precaches what it links.
 */
export interface SavedPage {
	path: string;
	title: string;
}

export async function getOfflinePages(): Promise<SavedPage[]> {
	const { byId } = await getSiteArticles();
	// The guides with a checklist: where the checklists live is this line's business alone.
	const guides = [...(await getGuideChecklists()).values()].map(({ guide }) => guide);
	return [
		{ path: '/', title: byId.get('index')?.data.title ?? '홈' },
		{ path: '/checklist/', title: '내 체크리스트' },
		...guides.map((guide) => ({ path: `/${guide.id}/`, title: guide.data.title })).sort((a, b) => a.title.localeCompare(b.title, 'ko')),
	];
}
