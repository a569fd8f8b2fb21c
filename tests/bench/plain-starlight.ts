/**
 * The baseline every benchmark compares against: plain Starlight + Pagefind with the same pages, as a
 * user would get it from `npm create astro -- --template starlight` — Starlight's own loader, schema,
 * sidebar and search. The help-center components get naive stand-ins (title and text), and articles
 * that plain MDX cannot compile get the same source repair as ours, so that the baseline builds at all.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { repairMdxSource } from '../../src/lib/mdx/repair-source.ts';
import { PROJECT_ROOT } from '../setup/astro-cli.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;

/** Every component our articles may use without importing it (src/components/article-components.ts), by name. */
const ARTICLE_COMPONENTS = [...readFileSync(join(PROJECT_ROOT, 'src', 'components', 'article-components.ts'), 'utf-8').matchAll(/export \{([^}]+)\}/g)].flatMap(
	([, names]) => names!.split(',').map((name) => name.trim().split(/\s+as\s+/).at(-1)!),
);

const STUBS = `---
const { title = '', content = '', text = '' } = Astro.props;
---
<div class="stub"><strong>{title}</strong> {text} {content}<slot /></div>
`;

/**
 * Writes a plain Starlight project for `contentDir` into `dir`, a folder inside this project so that it
 * resolves our node_modules. `searchTags`: each article's search tags go in a hidden Pagefind meta field,
 * as a plain Starlight site would index them if it wanted to.
 */
export function createPlainStarlight(dir: string, contentDir: string, { searchTags = false } = {}) {
	rmSync(dir, { recursive: true, force: true });
	const docs = join(dir, 'src', 'content', 'docs');
	mkdirSync(docs, { recursive: true });
	// Astro finds the packages to bundle (Starlight's components) from the dependencies listed here.
	const ours = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf-8')) as { devDependencies: Record<string, string> };
	const dependencies = Object.fromEntries(['astro', '@astrojs/starlight'].map((name) => [name, ours.devDependencies[name]]));
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'plain-starlight', private: true, type: 'module', dependencies }));
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	site: 'http://localhost:4321',
	integrations: [starlight({ title: 'PG 계약 가이드', locales: { root: { label: '한국어', lang: 'ko' } } })],
});
`,
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	mkdirSync(join(dir, 'src', 'components'), { recursive: true });
	for (const name of ARTICLE_COMPONENTS) {
		writeFileSync(join(dir, 'src', 'components', `${name}.astro`), STUBS);
	}
	cpSync(join(PROJECT_ROOT, 'public'), join(dir, 'public'), { recursive: true });
	for (const file of readdirSync(contentDir, { recursive: true, encoding: 'utf-8' })) {
		if (!/\.mdx?$/.test(file)) continue;
		const source = readFileSync(join(contentDir, file), 'utf-8');
		const frontmatter = FRONTMATTER.exec(source)?.[0] ?? '';
		const depth = file.split(/[/\\]/).length + 1;
		const up = '../'.repeat(depth);
		const imports = ARTICLE_COMPONENTS.map((name) => `import ${name} from '${up}components/${name}.astro';`).join('\n');
		const target = join(docs, file.replace(/\.md$/, '.mdx'));
		mkdirSync(dirname(target), { recursive: true });
		const tags = searchTags ? searchTagsMeta(frontmatter) : '';
		writeFileSync(target, `${frontmatter}${imports}\n\n${tags}${repairMdxSource(source.slice(frontmatter.length)).source}`);
	}
}

/** An article's search tags as a hidden element Pagefind reads a meta field from, or nothing. */
function searchTagsMeta(frontmatter: string): string {
	const data = frontmatter ? (yaml.load(frontmatter.replace(/^---\r?\n|\r?\n---\r?\n?$/g, '')) as { searchTags?: unknown }) : undefined;
	const tags = Array.isArray(data?.searchTags) ? data.searchTags.filter((tag): tag is string => typeof tag === 'string') : [];
	return tags.length ? `<span hidden data-pagefind-meta="searchTags">{${JSON.stringify(tags.join(', '))}}</span>\n\n` : '';
}
