import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { PROJECT_ROOT } from './astro-cli';

/** What the e2e tests need of each procedure file, read as plain YAML (the build validates it). */
export interface ProcedureFile {
	file: string;
	pg: { name: string };
	guide: string;
	plans: { id: string; label: string }[];
	steps: { id: string; label: string; plans?: string[] }[];
}

export function readProcedures(dir = join(PROJECT_ROOT, 'content', 'procedures')): ProcedureFile[] {
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((file) => ({ file, ...(yaml.load(readFileSync(join(dir, file), 'utf-8')) as Omit<ProcedureFile, 'file'>) }));
}
