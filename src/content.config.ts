import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CONTENT_DIR } from './content-dir';
import { helpCenterLoader } from './loaders/help-center-loader';
import { normalizeFrontmatter } from './lib/frontmatter/normalize';
import { helpCenterFields } from './lib/frontmatter/schema';
import { procedureSchema } from './lib/procedure/schema';

/** The PGs' contract procedures; `PROCEDURE_DIR` swaps them for another folder (the build tests use it). */
const procedureDir = process.env.PROCEDURE_DIR || 'content/procedures';

export const collections = {
	docs: defineCollection({
		loader: helpCenterLoader({ base: CONTENT_DIR }),
		schema: (context) => z.preprocess(normalizeFrontmatter, docsSchema({ extend: helpCenterFields })(context)),
	}),
	/** A PG's contract procedure, one YAML file each: the one source of its steps, checklist and comparison row. */
	procedures: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: procedureDir }),
		schema: procedureSchema,
	}),
	/** Our additions to Starlight's Korean UI strings. */
	i18n: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/i18n' }),
		schema: i18nSchema(),
	}),
};
