// Two caching fixes to jsonld's context processing, applied to node_modules/jsonld on install (like patch-package),
// so the engine, its tests and the bundles all run the same code. Without them, jsonld deep-clones the whole active
// context every time a type-scoped context (which the Open Badges context defines for every class) is applied or
// reverted, so its processed-context cache never hits: a CLR with nested badges then costs several times more.
// Both keep jsonld's own invariant: an active context is never changed after it is made (api.process clones
// before it changes one), so sharing one object where jsonld made a fresh copy changes nothing but speed.
// The patch fails loudly if a jsonld upgrade changes the code it replaces.
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const file = new URL('../node_modules/jsonld/lib/context.js', import.meta.url);
// The benchmark's baseline ("the plain stack") is built from the untouched file.
export const pristine = new URL('../node_modules/jsonld/lib/context.pristine.js', import.meta.url);
const MARK = '/* credential-elements: context caching patch */';

const replacements = [
  {
    // api.process: reuse one "non-propagating" copy per active context, so getProcessed() can find it next time.
    from: `  if(!propagate && !rval.previousContext) {
    // clone \`rval\` context before updating
    rval = rval.clone();
    rval.previousContext = activeCtx;
  }`,
    to: `  if(!propagate && !rval.previousContext) {
    ${MARK}
    rval = _nonPropagating(activeCtx);
  }`,
  },
  {
    // revertToPreviousContext: return the previous context itself rather than a fresh copy of it.
    from: `    return this.previousContext.clone();`,
    to: `    return this.previousContext;`,
  },
  {
    from: `api.process = async ({`,
    to: `const _NON_PROPAGATING = new WeakMap();
function _nonPropagating(activeCtx) {
  let copy = _NON_PROPAGATING.get(activeCtx);
  if(!copy) {
    copy = activeCtx.clone();
    copy.previousContext = activeCtx;
    _NON_PROPAGATING.set(activeCtx, copy);
  }
  return copy;
}

api.process = async ({`,
  },
];

let source = readFileSync(file, 'utf8');
if (source.includes(MARK)) {
  console.log('jsonld context caching patch: already applied');
} else {
  if (!existsSync(pristine)) copyFileSync(file, pristine);
  for (const { from, to } of replacements) {
    if (source.split(from).length !== 2) throw new Error(`patch-jsonld: the jsonld source changed; expected exactly one:\n${from}`);
    source = source.replace(from, to);
  }
  writeFileSync(file, source);
  // Vite's pre-bundled copy of jsonld predates the patch: drop it so the dev server rebuilds it.
  rmSync(new URL('../node_modules/.vite', import.meta.url), { recursive: true, force: true });
  console.log('jsonld context caching patch: applied');
}
