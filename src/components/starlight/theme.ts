/** The theme picker's state, as Starlight keeps it (same key and values), but never throwing where storage is blocked. */

export type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';

declare global {
	interface Window {
		StarlightThemeProvider: { updatePickers(theme?: Theme): void };
	}
}

/** Any value read back as a theme; unknown values are `auto`. */
export const parseTheme = (theme: unknown): Theme => (theme === 'dark' || theme === 'light' ? theme : 'auto');

/** The reader's stored choice; `auto` when there is none or storage is blocked. */
export function loadTheme(): Theme {
	try {
		return parseTheme(localStorage.getItem(STORAGE_KEY));
	} catch {
		return 'auto';
	}
}

function storeTheme(theme: Theme): void {
	try {
		localStorage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
	} catch {
		// Blocked or full: the choice holds for this page only.
	}
}

const preferredColorScheme = (): Theme => (matchMedia('(prefers-color-scheme: light)').matches ? 'light' : 'dark');

/** Updates the pickers, the page's theme and the stored choice. */
export function onThemeChange(theme: Theme): void {
	window.StarlightThemeProvider.updatePickers(theme);
	document.documentElement.dataset.theme = theme === 'auto' ? preferredColorScheme() : theme;
	storeTheme(theme);
}
