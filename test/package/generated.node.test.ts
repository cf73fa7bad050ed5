// The framework typings (frameworks/), the React 18 wrappers (src/react.generated.ts) and the editor data
// (editors/) are generated from custom-elements.json by `npm run analyze` and never edited by hand: this test
// regenerates them into a temporary folder and fails when a committed file is out of date.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));

describe('generated from custom-elements.json', () => {
  it('the framework typings, React wrappers and editor data are current', () => {
    const out = mkdtempSync(join(tmpdir(), 'generated-'));
    try {
      const result = spawnSync(process.execPath, ['scripts/generate-frameworks.mjs', '--out', out], { cwd: root, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      const generated = files(out).sort();
      assert.deepEqual(generated, [
        'editors/vscode.css-custom-data.json',
        'editors/vscode.html-custom-data.json',
        'editors/web-types.json',
        'frameworks/preact.d.ts',
        'frameworks/react.d.ts',
        'frameworks/solid.d.ts',
        'frameworks/svelte.d.ts',
        'frameworks/vue.d.ts',
        'src/react.generated.ts',
      ]);
      for (const file of generated) {
        assert.ok(readFileSync(join(out, file), 'utf8') === readFileSync(join(root, file), 'utf8'), `${file} is out of date: run \`npm run analyze\` and commit the result`);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('type each element from its own class: every settable attribute and property, every event', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
    const react = readFileSync(join(root, 'frameworks/react.d.ts'), 'utf8');
    const webTypes = JSON.parse(readFileSync(join(root, 'editors/web-types.json'), 'utf8'));
    const vscode = JSON.parse(readFileSync(join(root, 'editors/vscode.html-custom-data.json'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(webTypes.version, pkg.version);
    assert.equal(pkg['web-types'], './editors/web-types.json');
    for (const module of manifest.modules) {
      for (const element of module.declarations ?? []) {
        if (!element.tagName) continue;
        const props = new RegExp(`export interface ${element.name}Props \\{([\\s\\S]*?)\\n\\}`).exec(react)?.[1] ?? '';
        assert.ok(react.includes(`'${element.tagName}': Omit<DetailedHTMLProps<HTMLAttributes<${element.name}>`), element.tagName);
        // Properties are typed from the element's own members (the gallery takes `credentials`, the others `credential`).
        for (const name of ['credential', 'credentials']) {
          const has = element.members.some((member: { name: string; kind: string }) => member.kind === 'field' && member.name === name);
          assert.equal(props.includes(`  ${name}?: ${element.name}['${name}'];`), has, `${element.tagName}: ${name}`);
        }
        // Provider attributes are typed where the element has them (<credential-verify> has none).
        const hasApiBase = element.attributes.some((attribute: { name: string }) => attribute.name === 'api-base');
        assert.equal(props.includes(`  'api-base'?: ${element.name}['apiBase'];`), hasApiBase, `${element.tagName}: api-base`);
        for (const event of element.events) assert.ok(props.includes(`  'on${event.name}'?: (event: ${event.type.text}) => void;`), `${element.tagName}: ${event.name}`);
        // Read-only reflected states are not props.
        assert.doesNotMatch(props, /^ {2}(state|verification)\?:/m, element.tagName);
        const html = webTypes.contributions.html.elements.find((entry: { name: string }) => entry.name === element.tagName);
        assert.equal(html.attributes.length, element.attributes.length);
        assert.deepEqual(html.css.parts.map((part: { name: string }) => part.name), element.cssParts.map((part: { name: string }) => part.name));
        assert.ok(vscode.tags.some((tag: { name: string }) => tag.name === element.tagName));
      }
    }
    assert.ok(react.includes("  layout?: CredentialBadge['layout'];"));
    const layout = vscode.tags.find((tag: { name: string }) => tag.name === 'credential-badge').attributes.find((a: { name: string }) => a.name === 'layout');
    assert.deepEqual(layout.values.map((value: { name: string }) => value.name), ['badge', 'card', 'certificate']);
  });
});
