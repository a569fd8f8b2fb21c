/**
 * Procedures are checked at build time: a wrong field, a duplicate step id or a step pointing at a heading the guide
 * does not have fails the build, naming the file and the field; a procedure whose guide is not in the content folder
 * is skipped with a note. And a procedure is the one source: changing only its file changes the guide's step
 * overview, its checklist and its row of /compare/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild, PROJECT_ROOT } from '../setup/astro-cli';
import { procedureVariant } from '../setup/procedure-variants';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function build(name: string, env: NodeJS.ProcessEnv) {
	const outDir = mkdtempSync(join(tmpdir(), 'pg-guide-build-'));
	outDirs.push(outDir);
	const result = await astroBuild({ args: ['--outDir', outDir], env, logFile: join(PROJECT_ROOT, 'test-results', `build-procedure-${name}.log`) });
	return { ...result, outDir, page: (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf-8') };
}


test('a duration in an unknown unit fails the build, naming the file and the field', async () => {
	const result = await build('wrong-unit', { PROCEDURE_DIR: procedureVariant('wrong-unit') });
	expect(result.ok).toBe(false);
	expect(result.output).toContain(join(PROJECT_ROOT, procedureVariant('wrong-unit'), 'kg-inicis.yaml'));
	expect(result.output).toMatch(/steps\.2\.duration(\.unit)?: /);
}, 120_000);

test('a duplicate step id fails the build, naming the file and the id', async () => {
	const result = await build('duplicate-id', { PROCEDURE_DIR: procedureVariant('duplicate-id') });
	expect(result.ok).toBe(false);
	expect(result.output).toContain(join(PROJECT_ROOT, procedureVariant('duplicate-id'), 'kg-inicis.yaml'));
	expect(result.output).toContain('steps.2.id: 단계 id "apply"가 두 번 나옵니다');
}, 120_000);

test('a step whose section is not a heading of its guide fails the build, naming the file and the step', async () => {
	const result = await build('missing-section', { PROCEDURE_DIR: procedureVariant('missing-section') });
	expect(result.ok).toBe(false);
	expect(result.output).toContain(
		`${join(procedureVariant('missing-section'), 'kg-inicis.yaml')}: 단계 "card-review"의 section "카드사-심사": guides/kg-inicis-contract에 그런 제목이 없습니다`,
	);
}, 120_000);

test('a procedure whose guide is not in the content folder is skipped with a note', async () => {
	const result = await build('guide-absent', { CONTENT_DIR: join('tests', 'fixtures', 'messy') });
	expect(result.ok, result.output.slice(-2000)).toBe(true);
	expect(result.output).not.toMatch(/\[ERROR\]/);
	expect(result.output).toContain('[procedures] content/procedures/kg-inicis.yaml: 가이드 guides/kg-inicis-contract가 이 빌드의 글에 없어 건너뜁니다');
	expect(result.page('checklist')).toContain('이 사이트의 가이드에는 아직 체크리스트가 없습니다.');
}, 120_000);

test('changing only the procedure file changes the step overview, the checklist and the comparison', async () => {
	const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	const before = await build('procedure-unchanged', { PROCEDURE_DIR: 'content/procedures' });
	const after = await build('procedure-changed', { PROCEDURE_DIR: procedureVariant('changed') });
	expect(before.ok && after.ok, after.output.slice(-2000)).toBe(true);
	const overview = (html: string) => text(html.match(/<figure class="step-overview[\s\S]*?<\/figure>/)![0]);
	const checklist = (html: string) => text(html.match(/<pg-checklist[\s\S]*?<\/pg-checklist>/)![0]);
	const kgRow = (html: string) => text(html.match(/<tbody[^>]*data-pg="kg-inicis"[\s\S]*?<\/tbody>/)![0]);

	const guideBefore = before.page('guides/kg-inicis-contract');
	const guideAfter = after.page('guides/kg-inicis-contract');
	expect(overview(guideBefore)).toContain('KG이니시스 계약 안내 메일 확인');
	expect(overview(guideBefore)).toContain('2~3영업일');
	expect(overview(guideAfter)).toContain('계약 안내 메일 확인 (바뀐 문구)');
	expect(overview(guideAfter)).toContain('4~6영업일');
	expect(overview(guideAfter)).not.toContain('2~3영업일');
	expect(checklist(guideBefore)).not.toContain('바뀐 문구');
	expect(checklist(guideAfter)).toContain('계약 안내 메일 확인 (바뀐 문구)');

	expect(kgRow(before.page('compare'))).toContain('약 2주');
	expect(kgRow(after.page('compare'))).toContain('3~5주');
	expect(kgRow(after.page('compare'))).toContain('바뀐 심사 안내');
	// The guide's text did not change: the difference is the procedure's alone.
	const prose = (html: string) => text(html.match(/<\/figure>([\s\S]*?)<pg-checklist/)![1]!);
	expect(prose(guideAfter)).toBe(prose(guideBefore));
}, 240_000);
