import type { LinkChecklist } from '../../lib/checklist/link';

/** One checklist of the site as `/checklist/catalogue.json` describes it (src/pages/checklist/catalogue.json.ts). */
export interface CatalogueEntry extends LinkChecklist {
	title: string;
	href: string;
	itemFingerprints: Record<string, string>;
}

let loaded: Promise<CatalogueEntry[]> | undefined;

/** Every checklist of the site, fetched once, when a restore link is first made or opened. */
export function loadCatalogue(): Promise<CatalogueEntry[]> {
	loaded ??= fetch('/checklist/catalogue.json')
		.then((response) => response.json())
		.then((data: { checklists: CatalogueEntry[] }) => data.checklists);
	return loaded;
}
