import { getCollection } from 'astro:content';
import source from '../../content/glossary.yaml?raw';
import { createTermMatcher } from '../lib/glossary/match';
import { parseGlossary } from '../lib/glossary/schema';

/**
 * The glossary of this build (`content/glossary.yaml`), checked by its schema: a mistake fails the build naming the
 * file and the field. The markdown plugin reads the same file through the same function (astro.config.mjs).
 */
export const GLOSSARY_FILE = 'content/glossary.yaml';
export const glossary = parseGlossary(source, GLOSSARY_FILE);
export const termMatcher = createTermMatcher(glossary.terms);

/** The PGs' display names by procedure file name, for "NHN KCP의 사이트코드". Every procedure file, guide or not. */
export async function pgNamesBySlug(): Promise<Map<string, string>> {
	return new Map((await getCollection('procedures')).map((entry) => [entry.id, entry.data.pg.name]));
}
