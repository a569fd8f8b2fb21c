/**
 * Content written to break the site, built with `CONTENT_DIR`: what an author (or whoever edits the help center's
 * content) writes is shown as written and never runs, redirects or re-bases a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { markdownToMdast } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../setup/browser';
import { buildContent, fixture } from '../setup/content-build';
import { serveStatic } from '../setup/static-server';
import { levelSlug } from '../../src/lib/frontmatter/category';
import { slugify } from '../../src/lib/slug';

const SITE = 'PG 계약 가이드';
const REFRESH = '</title><meta http-equiv="refresh" content="0;url=https://example.com/">';
const BASE = '</title><base href="https://example.com/">';

describe('frontmatter text in <head> (tests/fixtures/hostile-head)', () => {
	let build: Awaited<ReturnType<typeof buildContent>>;
	let server: Server;
	let browser: Browser;
	beforeAll(async () => {
		build = await buildContent(fixture('hostile-head'));
		server = await serveStatic(build.outDir, 0);
		browser = await launchBrowser();
	}, 180_000);
	afterAll(async () => {
		await browser?.close();
		server?.close();
	});

	const pages = () => [
		['an article: title, seo.*', '/article/', `$' $& $$ $\` ${REFRESH} | ${SITE}`],
		['an article: title', '/second/', `${REFRESH}두 번째 | ${SITE}`],
		['a tag', `/tags/${slugify(BASE)}/`, `#${BASE} | ${SITE}`],
		['a tag', `/tags/${slugify("<script>window.pwned = 'tag'</script>")}/`, `#<script>window.pwned = 'tag'</script> | ${SITE}`],
		['a PG', `/pg/${slugify("</title><script>window.pwned = 'pg'</script>")}/`, `</title><script>window.pwned = 'pg'</script> 관련 글 | ${SITE}`],
		// `>` separates levels, so "</title>" is a level of its own.
		['a category', `/category/결제/${levelSlug('</title')}/`, `</title | ${SITE}`],
	];

	test('builds', () => {
		expect(build.ok, build.output.slice(-3000)).toBe(true);
	});

	test.each(pages())('%s (%s): no script runs, no redirect, no foreign <base>, the title reads as written', async (_kind, path, title) => {
		const page = await browser.newPage();
		const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${encodeURI(path)}`;
		const response = await page.goto(url);
		expect(response?.status()).toBe(200);
		const state = await page.evaluate(() => ({
			pwned: (window as unknown as { pwned?: string }).pwned,
			title: document.title,
			bases: document.querySelectorAll('base').length,
			baseURI: document.baseURI,
			refreshes: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
			scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('pwned')).length,
			// The policy is in force before anything else in <head>: right after <meta charset>.
			head: [...document.head.children].slice(0, 2).map((element) => element.outerHTML.slice(0, 60)),
		}));
		expect(state).toMatchObject({ pwned: undefined, title, bases: 0, baseURI: url, refreshes: 0, scripts: 0 });
		expect(state.head[0]).toMatch(/^<meta charset="utf-8">/);
		expect(state.head[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
		expect(page.url()).toBe(url);
		await page.close();
	});
});

describe('content the build refuses, naming the author’s file, field and line', () => {
	test('a YAML alias bomb in frontmatter fails within seconds, naming the file', async () => {
		const build = await buildContent(fixture('yaml-bomb'));
		expect(build.ok).toBe(false);
		expect(build.output).toContain(`${fixture('yaml-bomb')}/article.md: frontmatter가 너무 큽니다: YAML 별칭(&, *)을 펼치면 값이 10,000개를 넘습니다`);
		expect(build.seconds).toBeLessThan(30);
		expect(build.peakRss).toBeLessThan(1024 ** 3);
	}, 120_000);

	test('two files with one address (guides/a.mdx, guides/a/index.mdx) fail, naming both', async () => {
		const build = await buildContent(fixture('duplicate-address'));
		expect(build.ok).toBe(false);
		expect(build.output).toContain(`${fixture('duplicate-address')}/guides/a/index.mdx: 같은 주소(/guides/a/)의 글이 이미 있습니다: ${fixture('duplicate-address')}/guides/a.mdx`);
	}, 120_000);

	test.each([
		['bad-tag-symbol', '?', /tags\.1[^\n]*"\?": 주소로 쓸 글자나 숫자가 없습니다/],
		['bad-tag-long', '90자', /tags\.0[^\n]*"가나다라마바사아자차[^"]*": 주소로 쓰기에 너무 깁니다 \(270바이트, 최대 200바이트/],
	])('a tag that cannot be an address (%s: %s) fails, naming the file, the field and its line', async (name, _tag, message) => {
		const build = await buildContent(fixture(name));
		expect(build.ok).toBe(false);
		// `tags:` is on line 3 of the article file.
		expect(build.output).toContain(`${fixture(name)}/article.md:3:1`);
		expect(build.output).toMatch(message);
		expect(build.output).not.toMatch(/Missing parameter|ENAMETOOLONG/);
	}, 120_000);

	test('a slug: key fails, naming the file, the line and the field', async () => {
		const build = await buildContent(fixture('slug-key'));
		expect(build.ok).toBe(false);
		expect(build.output).toContain(`${fixture('slug-key')}/article.md:5: slug: 주소는 파일 경로로 정해지므로 slug를 쓸 수 없습니다`);
		expect(build.output).not.toContain('duplicated mapping key');
	}, 120_000);

	test('an MDX syntax error names the article file and the line in it, not the staged copy', async () => {
		const build = await buildContent(fixture('mdx-syntax'));
		expect(build.ok).toBe(false);
		expect(build.output).toMatch(new RegExp(`${fixture('mdx-syntax')}/article\\.md:\\d+:\\d+: MDX로 읽을 수 없습니다: Expected a closing tag for \`<div>\` \\(17:1\\)`));
		expect(build.output).not.toContain('.astro/articles');
	}, 120_000);
});

test('a tag written in NFD and the same tag in NFC are one tag, at one address, listing both articles', async () => {
	const build = await buildContent(fixture('nfd-tags'));
	expect(build.ok, build.output.slice(-3000)).toBe(true);
	const tagPage = build.page('tags/키파일');
	expect(tagPage).toContain('href="/first/"');
	expect(tagPage).toContain('href="/second/"');
	for (const article of ['first', 'second']) expect(build.page(article)).toContain('href="/tags/키파일/"');
}, 120_000);

test('Markdown in component props and raw JSX in the body: images found, script URLs and event handlers gone (tests/fixtures/hostile-props)', async () => {
	const build = await buildContent(fixture('hostile-props'));
	expect(build.ok, build.output.slice(-3000)).toBe(true);
	const html = build.page('article');
	const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
	// The real case (corpus content100026): a space in the path; and a title with one `]` as the image's alt.
	for (const image of ['/uploads/포트원소식/개인정보 202307.png', '/uploads/공백 있는 그림.png']) {
		expect(build.output).toContain(image);
	}
	// Those two, and the two images whose source was a script URL.
	expect(body.match(/class="image-missing"/g)).toHaveLength(4);
	expect(body).toContain('aria-label="괄호가 ] 하나뿐인 제목"');
	expect(body).not.toMatch(/!\[[^\]]*\]\(/);
	expect(body).toContain(`<a href="${encodeURI('/uploads/괄호 (1).pdf')}">괄호 (안의) 링크</a>`);
	expect(body).toContain(`<a href="${encodeURI('/uploads/제목 있는.pdf')}" title="설명">제목 있는 링크</a>`);
	// No script URL as a destination, no event handler, whatever wrote it.
	const tags = body.match(/<[a-z][^>]*>/gi) ?? [];
	expect(tags.filter((tag) => /\s(?:href|src|action|formaction)="\s*javascript:/i.test(tag))).toEqual([]);
	expect(tags.filter((tag) => /\son[a-z]+=/i.test(tag))).toEqual([]);
	expect(body).toContain('data-note="안전한 속성"');
	expect(body).toContain('본문의 나쁜 링크');

	// The Markdown copy (/article.md, llms-full.txt) likewise: read as a Markdown reader reads it, no destination is a
	// script URL, and the title with one `]` is the text of its bold line.
	type Node = { type: string; url?: string; value?: string; children?: Node[] };
	const nodes = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(nodes)];
	const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
	const copy = nodes(markdownToMdast(readFileSync(join(build.outDir, 'article.md'), 'utf-8')) as unknown as Node);
	expect(copy.filter((node) => node.url !== undefined && /script:|^data:/i.test(node.url)).map((node) => node.url)).toEqual([]);
	expect(copy.filter((node) => node.type === 'strong').map(text)).toContain('괄호가 ] 하나뿐인 제목');
	// The links' and images' text stays (the HTML keeps it too).
	const words = copy.filter((node) => node.type === 'text').map(text).join(' ');
	for (const kept of ['나쁜 링크', '나쁜 그림', '본문의 나쁜 링크']) expect(words).toContain(kept);
}, 120_000);

test('a page whose address ends in "md" fails the build: Netlify would serve it as a Markdown copy (tests/fixtures/md-address)', async () => {
	const build = await buildContent(fixture('md-address'));
	expect(build.ok).toBe(false);
	expect(build.output).toContain('/guides/pg-cmd/ would be served as a Markdown copy on Netlify by the rule /*.md');
}, 120_000);
