// Links in a certificate, HTML and SVG alike (<a href>, <a xlink:href>, <area href>): only http(s), mailto:
// and fragments; a new tab, without opener and without referrer, whatever the template asks for. Checked
// on the attributes and by following each link to a probe page that reports what it was given.
import { describe, expect, it } from '../helpers/harness.js';
import { renderTemplate } from '../../src/render/index.js';
import { assertInert, sampleView } from './helpers/checks.js';

const PROBE = `${location.origin}/test/render/link-probe.html`;

function target(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

interface ProbeMessage {
  case: string;
  referrer: string;
  opener: boolean;
}

/** Follows each link (a click event, as a visitor's would be) and collects what each opened page reports. */
async function follow(links: Array<[string, Element]>): Promise<Map<string, ProbeMessage>> {
  const channel = new BroadcastChannel('credential-link-probe');
  const seen = new Map<string, ProbeMessage>();
  const opened: Element[] = [];
  const expected: string[] = [];
  for (const [name, link] of links) {
    // A link that would not open a new tab would navigate the test page itself: reported, not followed.
    if (link.getAttribute('target') !== '_blank') seen.set(name, { case: name, referrer: 'would navigate the page', opener: true });
    else {
      expected.push(name);
      opened.push(link);
    }
  }
  const all = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from ${expected.filter((name) => !seen.has(name))}`)), 15000);
    const check = () => {
      if (!expected.every((name) => seen.has(name))) return;
      clearTimeout(timer);
      resolve();
    };
    channel.onmessage = (event: MessageEvent<ProbeMessage>) => {
      seen.set(event.data.case, event.data);
      check();
    };
    check();
  });
  for (const link of opened) link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
  try {
    await all;
  } finally {
    channel.close();
  }
  return seen;
}

const TEMPLATE = `<p><a id="html" href="${PROBE}?case=html" target="_self" rel="opener" referrerpolicy="unsafe-url">html</a></p>
<svg viewBox="0 0 100 40">
  <a id="svg-href" href="${PROBE}?case=svg-href" target="_self" rel="opener" referrerpolicy="unsafe-url"><text x="2" y="12">svg</text></a>
  <a id="svg-xlink" xlink:href="${PROBE}?case=svg-xlink"><text x="2" y="30">xlink</text></a>
  <a id="svg-js" href="javascript:pwn()"><text>js</text></a>
  <a id="svg-xlink-js" xlink:href="javascript:pwn()"><text>js</text></a>
  <a id="svg-data" href="data:text/html,<script>pwn()</script>"><text>data</text></a>
</svg>
<img usemap="#m" alt="map"><map name="m"><area id="area" href="${PROBE}?case=area" shape="rect" coords="0,0,10,10" alt="a"></map>`;

describe('links: HTML and SVG links get the same hardening', () => {
  it('HTML <a>, SVG <a href>, SVG <a xlink:href> and <area>: new tab, noopener noreferrer, no referrer; script URLs removed', () => {
    const result = renderTemplate(target(), { html: TEMPLATE }, sampleView());
    assertInert(result, 'links');
    const root = result.shadowRoot;
    for (const id of ['html', 'svg-href', 'svg-xlink', 'area']) {
      const link = root.getElementById(id)!;
      expect(link, id).to.not.equal(null);
      expect(link.getAttribute('target'), id).to.equal('_blank');
      expect(link.getAttribute('rel'), id).to.equal('noopener noreferrer');
      expect(link.getAttribute('referrerpolicy'), id).to.equal('no-referrer');
    }
    expect(root.getElementById('svg-xlink')!.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).to.equal(`${PROBE}?case=svg-xlink`);
    for (const id of ['svg-js', 'svg-xlink-js', 'svg-data']) {
      const link = root.getElementById(id)!;
      expect(link.hasAttribute('href') || link.hasAttributeNS('http://www.w3.org/1999/xlink', 'href'), id).to.equal(false);
      expect(link.hasAttribute('target'), id).to.equal(false);
    }
  });

  it('followed, each link opens without an opener and sends no referrer (a plain link is the control)', async () => {
    const control = document.createElement('a');
    control.href = `${PROBE}?case=control`;
    control.target = '_blank';
    control.rel = 'opener';
    document.body.append(control);
    const result = renderTemplate(target(), { html: TEMPLATE }, sampleView());
    const root = result.shadowRoot;
    const reports = await follow([
      ['control', control],
      ['html', root.getElementById('html')!],
      ['svg-href', root.getElementById('svg-href')!],
      ['svg-xlink', root.getElementById('svg-xlink')!],
    ]);
    expect(reports.get('control')!.referrer).to.not.equal('');
    expect(reports.get('control')!.opener).to.equal(true);
    for (const id of ['html', 'svg-href', 'svg-xlink']) {
      expect(reports.get(id), id).to.deep.equal({ case: id, referrer: '', opener: false });
    }
    control.remove();
  });
});
