import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { helpCenterLoader } from './loaders/help-center-loader';
import { normalizeFrontmatter } from './lib/frontmatter/normalize';
import { helpCenterFields } from './lib/frontmatter/schema';

/** `CONTENT_DIR=<folder> npm run build` builds the same site from another folder of articles. */
const contentDir = process.env.CONTENT_DIR || 'content/docs';

export const collections = {
	docs: defineCollection({
		loader: helpCenterLoader({ base: contentDir }),
		schema: (context) => z.preprocess(normalizeFrontmatter, docsSchema({ extend: helpCenterFields })(context)),
	}),
	/** Our additions to Starlight's Korean UI strings. */
	i18n: defineCollection({
		loader: glob({ pattern: '*.json', base: './src/i18n' }),
		schema: i18nSchema(),
	}),
};
