/**
 * Values the e2e global setup hands to the test workers through Vitest's
 * `provide()` / `inject()`. Imported (for its types) by the global setup and by
 * the browser helpers, so the augmentation is always part of the program.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the running `astro preview` server, e.g. `http://127.0.0.1:4329`. */
    baseURL: string;
    /** Why the site could not be built or served; `null` when everything is up. */
    e2eSetupError: string | null;
  }
}

export {};
