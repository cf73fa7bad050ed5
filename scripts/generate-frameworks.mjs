// `npm run analyze` (after `cem analyze`): writes, from custom-elements.json, the framework typings (frameworks/),
// the React 18 wrappers (src/react.generated.ts) and the editor data (editors/). Never edit those by hand;
// test/package/generated.node.test.ts fails when they are out of date.
// `--out DIR` writes them under DIR instead of the repository (the test compares the two).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editorData } from './frameworks/editors.mjs';
import { readElements } from './frameworks/elements.mjs';
import { frameworkTypings, reactWrappers } from './frameworks/typings.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? resolve(process.argv[outArg + 1]) : root;

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const elements = readElements(join(root, 'custom-elements.json'), join(root, 'src/elements'));
if (!elements.length) throw new Error('custom-elements.json lists no element: run `cem analyze` first');

const files = {
  ...frameworkTypings(elements),
  'src/react.generated.ts': reactWrappers(elements),
  ...editorData(elements, pkg),
};
for (const [path, content] of Object.entries(files)) {
  mkdirSync(dirname(join(out, path)), { recursive: true });
  writeFileSync(join(out, path), content);
}
