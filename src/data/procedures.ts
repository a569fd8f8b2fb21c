import { getCollection } from 'astro:content';
import type { ProcedureData } from '../lib/procedure/schema';
import { getSiteArticles, type Article } from './articles';

/**
 * The PG procedures of this build (`content/procedures/`), in the order of their PG's name. A procedure whose guide
 * is not in the content folder (e.g. `CONTENT_DIR=` another folder) is skipped with a note, not an error.
 * Read once per build.
 */

export interface Procedure {
	/** The procedure's file, for error messages. */
	file: string;
	/** The file's name without extension: the PG's slug (`kg-inicis`). */
	slug: string;
	guide: Article;
	data: ProcedureData;
}

let cached: Promise<Procedure[]> | undefined;

export function getProcedures(): Promise<Procedure[]> {
	cached ??= load();
	return cached;
}

/** The procedure whose guide is `guideId`, if any. */
export async function procedureOfGuide(guideId: string): Promise<Procedure | undefined> {
	return (await getProcedures()).find((procedure) => procedure.guide.id === guideId);
}

async function load(): Promise<Procedure[]> {
	const { byId } = await getSiteArticles();
	const procedures: Procedure[] = [];
	for (const { id, filePath, data } of await getCollection('procedures')) {
		const file = filePath ?? id;
		const guide = byId.get(data.guide);
		if (!guide) {
			console.info(`[procedures] ${file}: 가이드 ${data.guide}가 이 빌드의 글에 없어 건너뜁니다`);
			continue;
		}
		const other = procedures.find((procedure) => procedure.guide.id === guide.id);
		if (other) throw new Error(`${file}: ${guide.id}의 절차가 이미 있습니다: ${other.file}`);
		procedures.push({ file, slug: id, guide, data });
	}
	return procedures.sort((a, b) => a.data.pg.name.localeCompare(b.data.pg.name, 'ko'));
}
