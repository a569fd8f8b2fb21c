/**
 * Real help-center frontmatter is written by hand in a CMS: values carry stray spaces, and a few
 * articles put `keywords` / `description` at the top level instead of under `seo`. These
 * normalizers run before validation, so the schema sees one clean shape.
 */

type Frontmatter = Record<string, unknown>;

const isRecord = (value: unknown): value is Frontmatter =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const isBlank = (value: unknown) => value === null || value === undefined || value === '';

/**
 * Trims every string, deeply, in NFC (text pasted from macOS may be decomposed: a tag in NFD would be another tag,
 * at another address, that looks the same), and drops what the CMS leaves empty (`keywords: null`, `title: ''`, `pgCompanies: [null]`); leaves other
 * values (numbers, dates, …) for the schema to judge.
 */
export function trimStrings(value: unknown): unknown {
	if (typeof value === 'string') return value.trim().normalize('NFC');
	if (Array.isArray(value)) return value.map(trimStrings).filter((item) => !isBlank(item));
	if (isRecord(value)) {
		return Object.fromEntries(
			Object.entries(value)
				.map(([key, inner]) => [key, trimStrings(inner)])
				.filter(([, inner]) => !isBlank(inner)),
		);
	}
	return value;
}

/** Folds top-level `keywords` and `description` into `seo`, keeping any value `seo` already has. */
export function foldSeo(frontmatter: Frontmatter): Frontmatter {
	const { keywords, ...rest } = frontmatter;
	if (keywords === undefined && frontmatter.description === undefined) return frontmatter;
	const seo = isRecord(frontmatter.seo) ? frontmatter.seo : {};
	return {
		...rest,
		seo: {
			...seo,
			...(seo.keywords === undefined && keywords !== undefined ? { keywords } : {}),
			...(seo.description === undefined && frontmatter.description !== undefined
				? { description: frontmatter.description }
				: {}),
		},
	};
}

/** The one entry point the collection schema calls before validating. */
export function normalizeFrontmatter(input: unknown): unknown {
	if (!isRecord(input)) return input;
	return foldSeo(trimStrings(input) as Frontmatter);
}
