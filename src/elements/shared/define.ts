/**
 * Registers an element where there is a custom element registry, once. Importing an element on a server (Next.js,
 * Astro, SvelteKit and Nuxt render pages in Node) must not throw, and a page that loads the package twice (two
 * bundles, or a bundle and the script tag) keeps the first definition rather than failing on the second.
 *
 * The decorator keeps Lit's name, `customElement`, which the manifest analyzer reads the tag name from; like Lit's,
 * it works as a TypeScript (experimental) and as a standard decorator.
 */
export function customElement(tagName: string) {
  return (elementClass: CustomElementConstructor, context?: ClassDecoratorContext): void => {
    const define = () => {
      if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
      customElements.define(tagName, elementClass);
    };
    if (context) context.addInitializer(define);
    else define();
  };
}
