// The built-in certificate layout for credentials without a template.
import { render } from 'lit';
import { describe, expect, it } from '../helpers/harness.js';
import { defaultCertificateStyles, renderDefaultCertificate, type DefaultCertificateOptions } from '../../src/render/index.js';
import type { CredentialView } from '../../src/model/types.js';
import { sampleView } from './helpers/checks.js';

function mount(view: CredentialView, options?: DefaultCertificateOptions): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement('div');
  host.style.width = '800px';
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [defaultCertificateStyles.styleSheet!];
  render(renderDefaultCertificate(view, options), root);
  return { host, root };
}

describe('renderDefaultCertificate', () => {
  it('renders name, recipient, issuer, dates, seal and signatories', () => {
    const { root } = mount(sampleView({ signatories: [{ name: 'Grace Hopper', title: 'Dean' }, { name: 'Alan Turing' }] }), { locale: 'en-US' });
    const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    expect(text('.title')).to.equal('Introduction to Data Science');
    expect(text('.recipient')).to.equal('Ada Lovelace');
    expect(text('footer')).to.include('Issued by ibl.ai Academy');
    expect(text('footer')).to.include('November 20, 2026');
    expect(text('footer')).to.include('November 20, 2029');
    expect(root.querySelector('svg.seal text')!.textContent).to.equal('IA');
    expect(Array.from(root.querySelectorAll('.signatory .name'), (n) => n.textContent)).to.deep.equal(['Grace Hopper', 'Alan Turing']);
    expect(text('.signatory .role')).to.equal('Dean');
    expect(root.querySelector('.revoked')).to.equal(null);
    expect(root.querySelector('article')!.getAttribute('aria-label')).to.equal('Certificate: Introduction to Data Science');
  });

  it('adds no landmark, and has one heading, the credential name, at headingLevel (default 2)', () => {
    const { root } = mount(sampleView({ signatories: [{ name: 'Grace Hopper', image: { url: 'https://images.example/sig.png' } }] }), { labels: { seal: 'Sello' } });
    expect(root.querySelector('main, nav, aside, [role="main"], [role="region"]')).to.equal(null);
    expect([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`)).to.deep.equal(['h2 Introduction to Data Science']);
    expect(root.querySelector('.recipient')!.localName).to.equal('p');
    expect(root.querySelector('svg.seal')!.getAttribute('aria-label')).to.equal('Sello');
    // The signature is decorative (the name is written under it); its initials stand in where it cannot be drawn.
    expect(root.querySelector('img.signature')!.getAttribute('alt')).to.equal('');
    expect(root.querySelector('img.signature')!.getAttribute('data-initials')).to.equal('GH');
    const deeper = mount(sampleView(), { headingLevel: 4 }).root;
    expect(deeper.querySelector('.title')!.localName).to.equal('h4');
    expect(mount(sampleView(), { headingLevel: 0 }).root.querySelector('.title')!.localName).to.equal('h1');
  });

  it('says the achievement type as it is given to say it', () => {
    const { root } = mount(sampleView({ achievementType: 'AssociateDegree' }), { typeLabel: 'Associate degree' });
    expect(root.querySelector('.kicker')!.textContent).to.equal('Certificate · Associate degree');
  });

  it('keeps the proportions of a sheet, and grows taller rather than cut its text off', () => {
    const { host, root } = mount(sampleView());
    const box = root.querySelector('article')!.getBoundingClientRect();
    expect(box.width / box.height).to.be.closeTo(1.414, 0.01);
    const long = mount(sampleView({ description: 'A long description. '.repeat(80) })).root;
    const article = long.querySelector('article')!.getBoundingClientRect();
    const footer = long.querySelector('footer')!.getBoundingClientRect();
    expect(article.height).to.be.greaterThan(article.width / 1.414);
    expect(footer.bottom).to.be.at.most(article.bottom);
    host.remove();
  });

  it('leaves out what is not given', () => {
    const { root } = mount(sampleView({ signatories: [], recipient: undefined, expires: undefined, description: undefined }));
    expect(root.querySelector('.signatories')).to.equal(null);
    expect(root.querySelector('.recipient')).to.equal(null);
    expect(root.querySelector('.description')).to.equal(null);
    expect(root.textContent).to.not.include('Expires');
  });

  it('escapes data and applies the image policy', () => {
    const { root } = mount(
      sampleView({
        recipient: { name: '<img src=x onerror=alert(1)>' },
        issuer: { name: 'Evil', image: { url: 'javascript:alert(1)' } },
        signatories: [{ name: 'S', image: { url: 'https://other.example/sig.png' } }],
      }),
      { imageOrigins: ['https://images.example'] },
    );
    expect(root.querySelector('.recipient')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    expect(root.querySelectorAll('img').length).to.equal(0);
  });

  it('shows revocation and is themable with --credential-certificate-* properties', () => {
    const { host, root } = mount(sampleView({ revoked: true }));
    expect(root.querySelector('.revoked')!.textContent).to.equal('Revoked');
    host.style.setProperty('--credential-certificate-ink', 'rgb(1, 2, 3)');
    host.style.setProperty('--credential-certificate-background', 'rgb(4, 5, 6)');
    const article = root.querySelector('article')!;
    expect(getComputedStyle(article).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(article).backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(root.querySelector('.recipient')!).color).to.equal('rgb(1, 2, 3)');
  });
});
