// Open Badges 2.0 badges baked into images: a PNG iTXt chunk with the keyword `openbadges` holding the assertion's
// JSON, its JWS or (as older bakers wrote) its URL; an SVG <openbadges:assertion verify="URL"> with or without the
// JSON inside. Each verifies as the badge it holds.
import { describe, expect, it } from '../../helpers/harness.js';
import { verifyCredential } from '../../../src/verify/index.js';
import { bakePng } from '../helpers/baking.js';
import { checkOf, createWorld } from './helpers/world.js';

const svg = (element: string) =>
  `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="http://openbadges.org" width="100" height="100">${element}<circle cx="50" cy="50" r="40"/></svg>`;
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

describe('OB 2.0 baked badges', () => {
  it('verifies a PNG baked with the hosted assertion\'s URL, its JSON, or its JWS', async () => {
    const world = await createWorld();
    const hosted = world.hosted('png');
    for (const [what, text, verification] of [
      ['URL', String(hosted.id), 'hosted'],
      ['JSON', JSON.stringify(hosted), 'hosted'],
      ['JWS', await world.signed(), 'signed'],
    ] as const) {
      for (const compressed of [false, true]) {
        const report = await verifyCredential(await bakePng(text, { keyword: 'openbadges', compressed }), world.options());
        expect(report.status, `${what}: ${JSON.stringify(report.checks)}`).to.equal('verified');
        expect(report.kind, what).to.equal('baked-png');
        expect(checkOf(report, 'format')!.details!['verification'], what).to.equal(verification);
        expect((report.credential as Record<string, any>).badge.name, what).to.equal('Data Science I');
      }
    }
  });

  it('verifies an SVG with <openbadges:assertion verify="URL">, with or without the JSON inside, and one with JSON alone', async () => {
    const world = await createWorld();
    const hosted = world.hosted('svg');
    const json = JSON.stringify(hosted);
    for (const element of [
      `<openbadges:assertion verify="${hosted.id}"/>`,
      `<openbadges:assertion verify="${hosted.id}"><![CDATA[${json}]]></openbadges:assertion>`,
      `<openbadges:assertion>${escapeXml(json)}</openbadges:assertion>`,
      `<openbadges:assertion verify="${await world.signed()}"></openbadges:assertion>`,
    ]) {
      const report = await verifyCredential(svg(element), world.options());
      expect(report.status, `${element.slice(0, 60)}: ${JSON.stringify(report.checks)}`).to.equal('verified');
      expect(report.kind).to.equal('baked-svg');
    }
  });

  it('judges a baked URL by what it serves: gone is a failure, unreachable could not be checked', async () => {
    const world = await createWorld();
    const missing = await verifyCredential(await bakePng('https://uni.edu/badges/assertions/none', { keyword: 'openbadges' }), world.options());
    expect(checkOf(missing, 'proof')!.reason).to.equal('assertion-not-found');
    const hosted = world.hosted('down');
    world.unreachable(String(hosted.id));
    const down = await verifyCredential(await bakePng(String(hosted.id), { keyword: 'openbadges' }), world.options());
    expect(down.status).to.equal('unverifiable');
  });
});
