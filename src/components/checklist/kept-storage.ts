/**
 * The browser's promise to keep this site's storage: asked for once there is progress, and said on the checklist's
 * line (`[data-persisted]`) where there is one. Loaded after first paint.
 */

/** Once progress exists, asks the browser to keep this site's storage (not to delete it when space runs low). */
export async function keepStorage(element: HTMLElement, saving: boolean) {
	if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
	await navigator.storage.persist();
	await showPersisted(element, saving);
}

export async function showPersisted(element: HTMLElement, saving: boolean) {
	const line = element.querySelector<HTMLElement>('[data-persisted]');
	if (!line) return;
	line.hidden = !saving || !navigator.storage?.persisted;
	if (line.hidden) return;
	const persisted = await navigator.storage.persisted();
	line.querySelector<HTMLElement>('[data-persisted-yes]')!.hidden = !persisted;
	line.querySelector<HTMLElement>('[data-persisted-no]')!.hidden = persisted;
}
