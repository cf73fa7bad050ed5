// `npm run analyze` writes custom-elements.json from the elements' JSDoc (test/elements/manifest.node.test.ts checks it
// is current). packagejson: false, because package.json's "customElements" field is maintained by hand.
export default {
  globs: ['src/elements/**/*.ts'],
  // define.ts registers elements by a tag name it is given: the analyzer would list a bogus "tagName" element.
  // The gallery's dialog card is <credential-badge> fed by the gallery, not an element of the package's API.
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/define.ts', 'src/elements/credential-gallery/gallery-card.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The globs come back in the file system's order, which differs between checkouts: sort, so the file is stable.
      name: 'sorted-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
