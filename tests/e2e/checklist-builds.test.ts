/**
 * Checklist content is checked at build time: a duplicate item id or an item pointing at a heading the guide
 * does not have fails the build, naming the file and the item; a checklist whose guide is not in the content
 * folder being built is skipped with a note.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../setup/astro-cli';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function build(name: string, env: NodeJS.ProcessEnv) {
	const outDir = mkdtempSync(join(tmpdir(), 'pg-guide-build-'));
	outDirs.push(outDir);
	const result = await astroBuild({ args: ['--outDir', outDir], env, logFile: join(PROJECT_ROOT, 'test-results', `build-checklist-${name}.log`) });
	return { ...result, outDir };
}

const fixture = (name: string) => join('tests', 'fixtures', 'checklists', name);

test('a duplicate item id fails the build, naming the file and the id', async () => {
	const result = await build('duplicate-id', { CHECKLIST_DIR: fixture('duplicate-id') });
	expect(result.ok).toBe(false);
	expect(result.output).toContain(join(PROJECT_ROOT, fixture('duplicate-id'), 'kg-inicis-contract.yaml'));
	expect(result.output).toContain('items.2.id: 항목 id "apply"가 두 번 나옵니다');
}, 120_000);

test('an item whose section is not a heading of its guide fails the build, naming the file and the item', async () => {
	const result = await build('missing-section', { CHECKLIST_DIR: fixture('missing-section') });
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		`${join(fixture('missing-section'), 'kg-inicis-contract.yaml')}: 항목 "card-review"의 section "카드사-심사": guides/kg-inicis-contract에 그런 제목이 없습니다`,
	);
}, 120_000);

test('a checklist whose guide is not in the content folder is skipped with a note', async () => {
	const result = await build('guide-absent', { CONTENT_DIR: join('tests', 'fixtures', 'messy') });
	expect(result.ok, result.output.slice(-2000)).toBe(true);
	expect(result.output).not.toMatch(/\[ERROR\]/);
	expect(result.output).toContain('[checklists] content/checklists/kg-inicis-contract.yaml: 가이드 guides/kg-inicis-contract가 이 빌드의 글에 없어 건너뜁니다');
	expect(readFileSync(join(result.outDir, 'checklist', 'index.html'), 'utf-8')).toContain('이 사이트의 가이드에는 아직 체크리스트가 없습니다.');
}, 120_000);
