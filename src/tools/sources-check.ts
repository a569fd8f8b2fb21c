/**
 * `npm run sources:check`: which procedure facts to read again because PortOne edited the help-center article they
 * cite. Each source's article words were hashed when its facts were checked (`sources.<key>.hash`); this lists, PG by
 * PG, every article whose words changed (or that is gone) with the facts citing it, and every excerpt no longer found
 * in its article. Exits 1 when there is anything to read.
 *
 *   npm run sources:check                    # report
 *   npm run sources:check -- --record nice   # after checking nice.yaml: write its articles' current hashes into it
 *   npm run sources:check -- --record        # … into every procedure file
 *
 * Env: CORPUS_DIR (default ../shared/corpus/portone-help beside the repository), PROCEDURE_DIR (content/procedures).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { articleHash, evidenceProblems, sourceChanges } from '../lib/procedure/evidence';
import { procedureSchema } from '../lib/procedure/schema';

const root = process.cwd();
const corpus = resolve(process.env.CORPUS_DIR ?? join(root, '..', 'shared', 'corpus', 'portone-help'));
const procedures = resolve(process.env.PROCEDURE_DIR ?? join(root, 'content', 'procedures'));
const record = process.argv.includes('--record');
/** With `--record`, the procedure files (by slug) to write hashes into; all when none is named. */
const only = new Set(process.argv.slice(process.argv.indexOf('--record') + 1));

if (!existsSync(corpus)) {
	console.error(`도움말 센터 글 폴더가 없습니다: ${corpus} (CORPUS_DIR로 알려 주세요)`);
	process.exit(2);
}
const article = (path: string) => {
	const file = join(corpus, path);
	return existsSync(file) ? readFileSync(file, 'utf-8') : null;
};

const CHANGE_WORDS = { edited: '글이 바뀜', missing: '글이 없어짐', unrecorded: '대조한 때의 hash가 없음' } as const;
let findings = 0;
for (const name of readdirSync(procedures).filter((file) => /\.ya?ml$/.test(file)).sort()) {
	const file = join(procedures, name);
	const source = readFileSync(file, 'utf-8');
	const procedure = procedureSchema.parse(yaml.load(source));
	if (record) {
		if (only.size > 0 && !only.has(name.replace(/\.ya?ml$/, ''))) continue;
		writeFileSync(file, recordHashes(name, source, procedure.sources));
		continue;
	}
	const changes = sourceChanges(procedure, article).filter((change) => change.facts.length > 0);
	const vanished = evidenceProblems(name, procedure, article).filter((problem) => problem.includes('.evidence: "'));
	if (changes.length === 0 && vanished.length === 0) continue;
	console.log(`\n## ${procedure.pg.name} (${name}, ${procedure.checked} 대조)`);
	for (const { title, path, change, facts } of changes) console.log(`- ${CHANGE_WORDS[change]}: "${title}" (${path}) → ${facts.join(', ')}`);
	for (const problem of vanished) console.log(`- 발췌가 글에 없음: ${problem.replace(`${name} `, '')}`);
	findings += changes.length + vanished.length;
}
if (record) console.log('sources:check: 출처마다 지금 글의 hash를 적었습니다.');
else console.log(findings === 0 ? 'sources:check: 대조한 뒤 바뀐 출처 글이 없습니다.' : `\nsources:check: 다시 읽을 것 ${findings}건`);
process.exitCode = findings === 0 ? 0 : 1;

/** The file with each one-line source entry (`key: { path: …, title: … }`) carrying its article's current hash. */
function recordHashes(name: string, text: string, sources: Record<string, { path: string }>): string {
	let result = text;
	for (const [key, { path }] of Object.entries(sources)) {
		const words = article(path);
		if (words === null) throw new Error(`${name} sources.${key}: ${path}가 도움말 센터 글 폴더에 없습니다`);
		const line = new RegExp(`^(  ${key}: \\{.*?)(?:, hash: [0-9a-f]{12})? \\}$`, 'm');
		if (!line.test(result)) throw new Error(`${name} sources.${key}: 한 줄로 쓴 { path, title }만 고칠 수 있습니다. hash를 직접 적어 주세요`);
		result = result.replace(line, `$1, hash: ${articleHash(words)} }`);
	}
	return result;
}
