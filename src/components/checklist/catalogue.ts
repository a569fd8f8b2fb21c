import type { ChecklistItem } from '../../lib/checklist/items';
import type { LinkChecklist } from '../../lib/checklist/link';
import type { PlanTypes } from '../../lib/checklist/record';
import { ChecklistStore } from '../../lib/checklist/store';
import type { PaymentType } from '../../lib/procedure/vocabulary';

/** One checklist of the site as `/checklist/catalogue.json` describes it (src/pages/checklist/catalogue.json.ts). */
export interface CatalogueEntry extends LinkChecklist {
	title: string;
	/** The PG's name. */
	pg: string;
	href: string;
	itemFingerprints: Record<string, string>;
	items: (ChecklistItem & { label: string; section: string; advice: string[] })[];
}

export interface Catalogue {
	checklists: CatalogueEntry[];
	holidays: string[];
	/** Each payment type's Korean name. */
	typeLabels: Record<PaymentType, string>;
}

let loaded: Promise<Catalogue> | undefined;

/** Every checklist of the site, fetched once, when a restore link or a calendar file is first made or opened. */
export function loadCatalogue(): Promise<Catalogue> {
	loaded ??= fetch('/checklist/catalogue.json').then((response) => response.json());
	return loaded;
}

/** The plans of a version 1 link or a version 3 record, with their types. */
export const planTypesOf = (entry: LinkChecklist): PlanTypes => entry.plans.map((plan, index) => [plan, entry.planTypes[index]!]);

/** The store of a catalogued guide, reading what storage holds now. */
export const openStore = (entry: LinkChecklist) => new ChecklistStore(entry.guide, () => localStorage, undefined, planTypesOf(entry));
