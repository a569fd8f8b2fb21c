import type { ChooserProcedure } from './procedure';

/** The 간편결제 brands a procedure's own contract carries (its `간편결제` method's `brands`), or undefined when it names none. */
export const brandsOf = (procedure: Pick<ChooserProcedure, 'methods'>): readonly string[] | undefined =>
	procedure.methods.find((method) => method.method === '간편결제')?.brands;

/**
 * The brands the chooser offers: every brand some procedure carries, those most PGs carry first (ties in the order
 * the procedures name them).
 * @example brandOptions([{ methods: [{ method: '간편결제', brands: ['B', 'A'] }] }, { methods: [{ method: '간편결제', brands: ['A'] }] }]) // ['A', 'B']
 */
export function brandOptions(procedures: readonly Pick<ChooserProcedure, 'methods'>[]): string[] {
	const counts = new Map<string, number>();
	for (const procedure of procedures) {
		for (const brand of new Set(procedure.methods.flatMap((method) => method.brands ?? []))) counts.set(brand, (counts.get(brand) ?? 0) + 1);
	}
	return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
}
