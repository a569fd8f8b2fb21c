import type { ChecklistStore } from '../../lib/checklist/store';
import { PAYMENT_TYPES } from '../../lib/procedure/vocabulary';

/**
 * Arriving from the chooser (`/<guide>/?types=general,easypay#내-체크리스트`): the checklist `element` takes the types
 * it offers among those, keeps every tick, and comes into view; the address loses `types=` so that a reload does not
 * choose again. True when it took any.
 */
export function arriveWithTypes(element: HTMLElement, store: ChecklistStore): boolean {
	const url = new URL(location.href);
	const asked = (url.searchParams.get('types') ?? '').split(',');
	const offered = [...element.querySelectorAll<HTMLInputElement>('[data-type]')].map((input) => input.value);
	const types = PAYMENT_TYPES.filter((type) => asked.includes(type) && offered.includes(type));
	url.searchParams.delete('types');
	history.replaceState(history.state, '', url);
	if (types.length === 0) return false;
	store.chooseTypes(types);
	requestAnimationFrame(() => element.scrollIntoView());
	return true;
}
