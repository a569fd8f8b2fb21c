import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { nameKey, namesOf } from './names';

/**
 * The glossary (`content/glossary.yaml`): the words of a PG contract a merchant meets, each with the other names it
 * goes by (and what each PG calls it), a short definition in our own words, and the help-center article it is
 * checked against, quoted in a few of its words (a test finds them there, as for procedures). The page marks, the
 * glossary page and the search all read this one list.
 */

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id는 영문 소문자, 숫자, -로 씁니다 (예: key-file)');
/** A citation, not a copy: the same limit as a procedure's evidence. */
export const EVIDENCE_MAX = 30;
const excerpt = z.string().trim().min(2).max(EVIDENCE_MAX, `근거 발췌는 ${EVIDENCE_MAX}자 이하로 씁니다 (인용이지 복사가 아님)`);
const evidence = z.union([excerpt, z.array(excerpt).min(1).max(4)]);
const source = z.strictObject({
	/** Relative to the help-center corpus folder. */
	path: z.string().regex(/^[\w./-]+\.mdx?$/, '도움말 글의 경로(…/이름.md)를 씁니다'),
	title: text,
});

/** What one PG calls the term (사이트코드 for MID at one PG), from the term's article unless it names its own. */
const pgNameSchema = z.strictObject({
	/** The PG's procedure file name (`nhn-kcp` for content/procedures/nhn-kcp.yaml). */
	pg: id,
	name: text,
	/** What to know about it, e.g. `im_로 시작`. */
	note: text.optional(),
	source: source.optional(),
	evidence,
});

export const DEFINITION_MAX = 240;

const termSchema = z.strictObject({
	/** The entry's anchor on the glossary page (`/glossary/#mid`): keep it, links point at it. */
	id,
	/** The word as the glossary lists it. */
	term: text,
	/** Other ways it is written; a space in a name may be written or left out (`키 파일` also finds `키파일`). */
	names: z.array(text).default([]),
	pgNames: z.array(pgNameSchema).default([]),
	/** Phrases that contain a name without meaning the term (`채널톡`, a chat service, is not a 채널). */
	exclude: z.array(text).default([]),
	definition: z.string().trim().min(10).max(DEFINITION_MAX, `뜻은 ${DEFINITION_MAX}자 안으로 씁니다`),
	source,
	evidence,
});

const glossarySchema = z
	.strictObject({ terms: z.array(termSchema).min(1) })
	.superRefine(({ terms }, context) => {
		const ids = new Map<string, number>();
		const names = new Map<string, string>();
		for (const [index, term] of terms.entries()) {
			if (ids.has(term.id)) context.addIssue({ code: 'custom', path: ['terms', index, 'id'], message: `id "${term.id}"가 terms.${ids.get(term.id)}에도 있습니다` });
			ids.set(term.id, index);
			const own = new Set<string>();
			for (const [field, name] of namesOf(term)) {
				const key = nameKey(name);
				const owner = names.get(key);
				if (owner !== undefined && owner !== term.id) {
					context.addIssue({ code: 'custom', path: ['terms', index, ...field], message: `"${name}"는 이미 용어 "${owner}"의 이름입니다` });
				}
				names.set(key, term.id);
				own.add(key);
			}
			for (const [excludeIndex, phrase] of term.exclude.entries()) {
				if (![...own].some((key) => nameKey(phrase).includes(key))) {
					context.addIssue({ code: 'custom', path: ['terms', index, 'exclude', excludeIndex], message: `"${phrase}"에는 이 용어의 이름이 없습니다` });
				}
			}
		}
	});

export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTerm = Glossary['terms'][number];
export type GlossaryPgName = GlossaryTerm['pgNames'][number];

/**
 * The glossary from its YAML text, or an error naming the file, the field and (for a term) its id:
 * `content/glossary.yaml terms.3 (mid).definition: …`.
 */
export function parseGlossary(source: string, file: string): Glossary {
	let data: unknown;
	try {
		data = yaml.load(source);
	} catch (error) {
		throw new Error(`${file}: YAML을 읽을 수 없습니다: ${(error as yaml.YAMLException).message}`);
	}
	const result = glossarySchema.safeParse(data);
	if (result.success) return result.data;
	const terms = (data as { terms?: { id?: unknown }[] } | null)?.terms;
	const where = (path: PropertyKey[]) => {
		const [first, index, ...rest] = path.map(String);
		const termId = first === 'terms' && index !== undefined ? terms?.[Number(index)]?.id : undefined;
		const head = index === undefined ? first : `${first}.${index}${typeof termId === 'string' ? ` (${termId})` : ''}`;
		return [head, ...rest].filter((part) => part !== undefined && part !== '').join('.');
	};
	throw new Error(result.error.issues.map((issue) => `${file} ${where(issue.path) || '(파일)'}: ${issue.message}`).join('\n'));
}
