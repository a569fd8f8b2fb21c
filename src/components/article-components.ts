/**
 * Components every article can use without importing them: the help-center format, the category overview and PG
 * picker for home pages, and the links to every PG's guide for pages all PGs share. The loader adds one import of this module to each staged article.
 */
export { Accordion, Callout, Highlight, Indent, Tag } from './format';
export { default as GlossaryTerm } from './glossary/GlossaryTerm.astro';
export { default as CategoryOverview } from './pages/CategoryOverview.astro';
export { default as PgGuideLinks } from './pages/PgGuideLinks.astro';
export { default as PgPicker } from './pages/PgPicker.astro';
