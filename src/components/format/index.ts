/** The components of the help-center format, available in every article without an import. */
export { default as Accordion } from './Accordion.astro';
export { default as Callout } from './Callout.astro';
export { default as Highlight } from './Highlight.astro';
export { default as Indent } from './Indent.astro';
export { default as Tag } from './Tag.astro';
