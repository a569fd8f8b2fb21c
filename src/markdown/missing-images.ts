import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { HastPluginDefinition } from 'satteri';

/**
 * Articles point at `/uploads/…` images that live on the help-center CMS and are not shipped with the
 * content. A missing local image must not break the build or show a broken-image icon: it becomes a
 * placeholder that shows its alt text, and the build ends with a warning listing every missing file.
 *
 * The Markdown pipeline (configured in astro.config) and the format components (bundled by Vite)
 * load this module separately, so they share their state through `globalThis`.
 */
interface Registry {
	publicDir: string | undefined;
	missing: Map<string, Set<string>>;
}
const registry: Registry = ((globalThis as { __pgGuideImages?: Registry }).__pgGuideImages ??= {
	publicDir: undefined,
	missing: new Map(),
});

/** True for a site-local image path (`/uploads/a.png`) with no file in `public/`. */
export function isMissingLocalImage(src: string): boolean {
	if (!src.startsWith('/') || src.startsWith('//') || !registry.publicDir) return false;
	const path = decodeURI(src.split(/[?#]/)[0]!);
	return !existsSync(registry.publicDir + path);
}

export function recordMissingImage(src: string, page: string) {
	const pages = registry.missing.get(src) ?? new Set();
	pages.add(page);
	registry.missing.set(src, pages);
}

/** Replaces `<img>` of a missing local file with a labelled placeholder. */
export function missingImagesPlugin(): HastPluginDefinition {
	return {
		name: 'pg-guide:missing-images',
		element: {
			filter: ['img'],
			visit(node, ctx) {
				const src = String(node.properties?.src ?? '');
				if (!isMissingLocalImage(src)) return;
				recordMissingImage(src, ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'unknown');
				const alt = String(node.properties?.alt ?? '').trim();
				return imagePlaceholder(alt);
			},
		},
	};
}

/** The placeholder element, as hast. */
export function imagePlaceholder(alt: string) {
	return {
		type: 'element' as const,
		tagName: 'span',
		properties: { className: ['image-missing'], role: 'img', ariaLabel: alt || '이미지' },
		children: [{ type: 'text' as const, value: alt ? `이미지: ${alt}` : '이미지 준비 중' }],
	};
}

/** Tells the plugin where `public/` is, and lists the missing images when the build is done. */
export function missingImagesIntegration(): AstroIntegration {
	return {
		name: 'pg-guide:missing-images',
		hooks: {
			'astro:config:setup': ({ config }) => {
				registry.publicDir = fileURLToPath(config.publicDir).replace(/\/$/, '');
			},
			'astro:build:done': ({ logger }) => {
				if (registry.missing.size === 0) return;
				const lines = [...registry.missing].map(([src, pages]) => `  ${decodeURI(src)} (${pages.size}개 글)`);
				logger.warn(`public/에 없는 이미지 ${registry.missing.size}개를 자리표시로 대신했습니다:\n${lines.join('\n')}`);
			},
		},
	};
}
