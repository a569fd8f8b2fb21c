import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { procedureSchema, type ProcedureData } from '../../src/lib/procedure/schema';
import { PROJECT_ROOT } from './astro-cli';

/** A procedure file as the build reads it (through the same schema), for tests to compute what a page must show. */
export interface ProcedureFile extends ProcedureData {
	file: string;
}

export function readProcedures(dir = join(PROJECT_ROOT, 'content', 'procedures')): ProcedureFile[] {
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.map((file) => ({ file, ...procedureSchema.parse(yaml.load(readFileSync(join(dir, file), 'utf-8'))) }));
}
