// `npm run analyze` writes custom-elements.json from the elements' JSDoc (test/elements/manifest.node.test.ts checks it
// is current). packagejson: false, because package.json's "customElements" field is maintained by hand.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
