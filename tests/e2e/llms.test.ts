/**
 * The site for machines: `/llms.txt` lists every article with its Korean title, each article has a Markdown copy
 * with the help-center components written as Markdown and no checklist, and `/llms-full.txt` holds them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../setup/astro-cli';
import { siteURL } from '../setup/browser';

const CONTENT = join(PROJECT_ROOT, 'content', 'docs');
const articles = readdirSync(CONTENT, { recursive: true, encoding: 'utf-8' })
	.filter((file) => /\.mdx?$/.test(file))
	.map((file) => {
		const source = readFileSync(join(CONTENT, file), 'utf-8');
		const { title } = yaml.load(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { title: string };
		return { id: file.replace(/\\/g, '/').replace(/\.mdx?$/, ''), title };
	});
const SITE = 'http://localhost:4321';
const get = async (path: string) => {
	const response = await fetch(siteURL(path));
	expect(response.status, path).toBe(200);
	return { text: await response.text(), type: response.headers.get('content-type') };
};

test('/llms.txt lists every article with its Korean title and its Markdown copy', async () => {
	const { text } = await get('/llms.txt');
	expect(text).toMatch(/^# PG 계약 가이드\n\n> 포트원으로/);
	expect(articles.length).toBeGreaterThan(4);
	for (const { id, title } of articles) expect(text, id).toContain(`- [${title}](${SITE}/${id}.md)`);
	expect(text).toContain(`${SITE}/llms-full.txt`);
});

test('every article has a Markdown copy, and /llms-full.txt has them all', async () => {
	const full = (await get('/llms-full.txt')).text;
	for (const { id, title } of articles) {
		const { text, type } = await get(`/${id}.md`);
		expect(text.startsWith(`# ${title}\n`), id).toBe(true);
		expect(text, id).toContain(`원문: ${SITE}/${id === 'index' ? '' : `${id}/`}`);
		expect(full, id).toContain(text);
		expect(type, id).toMatch(/^text\/markdown/);
	}
});

test('help-center components read as Markdown text, and no checklist UI is in the copy', async () => {
	const { text } = await get('/guides/kg-inicis-contract.md');
	// <Callout title="…" href="/guides/pg-application/" /> in the source: a quoted link.
	expect(text).toContain('> [전자결제 신청방법 보러가기 ↗](/guides/pg-application/)');
	expect(text).toMatch(/^> \*\*KG이니시스와 계약을 맺으시기 위한 절차를 순서대로 알려드립니다\.\*\*$/m);
	expect(text).not.toMatch(/<\/?(Callout|Accordion|Indent|Highlight|Tag)\b|import /);
	// What the page adds around the article: the step overview and the checklist, with its items.
	const page = (await get('/guides/kg-inicis-contract/')).text;
	for (const ui of ['내 체크리스트', '계약 절차 한눈에 보기', 'KG이니시스 계약 안내 메일 확인']) {
		expect(page, ui).toContain(ui);
		expect(text, ui).not.toContain(ui);
	}
});

test('_headers serves the copies as UTF-8 and keeps them out of search engines; the worker does not precache them', () => {
	const headers = readFileSync(join(PROJECT_ROOT, 'dist', '_headers'), 'utf-8');
	expect(headers).toContain('/*.md\n  Content-Type: text/markdown; charset=utf-8\n  X-Robots-Tag: noindex');
	expect(headers).toContain('/llms.txt\n  Content-Type: text/plain; charset=utf-8');
	const worker = readFileSync(join(PROJECT_ROOT, 'dist', 'sw.js'), 'utf-8');
	expect(worker).not.toMatch(/"url":"[^"]*(\.md|llms[^"]*\.txt)"/);
	expect(readFileSync(join(PROJECT_ROOT, 'dist', 'offline-all.json'), 'utf-8')).not.toMatch(/\.md"|llms/);
});
