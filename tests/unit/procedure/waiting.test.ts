/**
 * No dead ends: every step where the merchant waits (someone else acts, or it takes a while) says how long (or,
 * explicitly, that the help center does not say) and whom to ask, by name, phone, e-mail or console menu.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { procedureSchema, type ProcedureData } from '../../../src/lib/procedure/schema';
import { waitingProblems } from '../../../src/lib/procedure/waiting';
import { PROJECT_ROOT } from '../../setup/astro-cli';
import { procedureInput } from './fixture';

const problemsOf = (change: (input: ReturnType<typeof procedureInput>) => void) => {
	const input = procedureInput();
	change(input);
	return waitingProblems('test.yaml', procedureSchema.parse(input) as ProcedureData);
};

describe('waitingProblems', () => {
	it('accepts a wait with a duration and contacts', () => {
		expect(problemsOf((input) => (input.steps[2]!.waiting = { check: '스팸함', contacts: ['portone'] }))).not.toContain(
			expect.stringContaining('steps.contract-mail'),
		);
	});
	it.each<[string, (input: ReturnType<typeof procedureInput>) => void, string]>([
		['a step someone else acts on without a duration', (input) => delete (input.steps[3] as { duration?: unknown }).duration, 'test.yaml steps.contract-done.duration: 기다리는 단계'],
		['a wait without contacts', (input) => delete (input.steps[3] as { waiting?: unknown }).waiting, 'test.yaml steps.contract-done.waiting'],
	])('fails on %s, naming file and step', (_, change, expected) => {
		expect(problemsOf(change).join('\n')).toContain(expected);
	});
});

const PROCEDURES = join(PROJECT_ROOT, 'content', 'procedures');
const files = readdirSync(PROCEDURES).filter((name) => /\.ya?ml$/.test(name));

describe('every waiting step of every procedure has a duration and whom to ask', () => {
	it.each(files)('%s', (name) => {
		const procedure = procedureSchema.parse(yaml.load(readFileSync(join(PROCEDURES, name), 'utf-8')));
		expect(waitingProblems(`content/procedures/${name}`, procedure)).toEqual([]);
	});
});
