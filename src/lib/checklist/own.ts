/**
 * A record's value for `key` only when the record itself has it: ids come from storage, links and files, and
 * `record['constructor']` would otherwise read `Object` through the prototype chain.
 * @example ownValue({ apply: '2024-01-25T15:00:00.000Z' }, 'constructor') // undefined
 */
export const ownValue = <Value>(record: Readonly<Record<string | number, Value>>, key: unknown): Value | undefined =>
	(typeof key === 'string' || typeof key === 'number') && Object.hasOwn(record, key) ? record[key] : undefined;
