import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { CONTENT_DIR } from './content-dir';
import { helpCenterLoader } from './loaders/help-center-loader';
import { normalizeFrontmatter } from './lib/frontmatter/normalize';
import { helpCenterFields } from './lib/frontmatter/schema';
import { checklistSchema } from './lib/checklist/schema';

/** The guides' checklists; `CHECKLIST_DIR` swaps them for another folder (the build tests use it). */
const checklistDir = process.env.CHECKLIST_DIR || 'content/checklists';

export const collections = {
	docs: defineCollection({
		loader: helpCenterLoader({ base: CONTENT_DIR }),
		schema: (context) => z.preprocess(normalizeFrontmatter, docsSchema({ extend: helpCenterFields })(context)),
	}),
	/** A checklist per 상세 계약절차 guide, one YAML file each (see content/checklists/). */
	checklists: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: checklistDir }),
		schema: checklistSchema,
	}),
	/** Our additions to Starlight's Korean UI strings. */
	i18n: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/i18n' }),
		schema: i18nSchema(),
	}),
};
