/**
 * Two certificate templates in the shape ibl.ai stores them (`html_template` + `css_template`), with
 * {{placeholders}} the renderer fills. Plain, print-friendly designs; no scripts, no remote fonts; text with
 * WCAG AA contrast. Each placeholder that may be empty (the recipient, a second signatory) has a block of its own,
 * which the renderer removes when it is: no "Awarded to  on".
 */

export const CLASSIC_TEMPLATE = {
  html: `<article class="certificate">
  <header>
    <p class="issuer">{{issuer.name}}</p>
    <h1>Certificate of Completion</h1>
  </header>
  <p class="lead">This certifies that</p>
  <p class="recipient">{{recipient.name}}</p>
  <p class="lead">has successfully completed</p>
  <h2 class="credential">{{credential.name}}</h2>
  <p class="description">{{credential.description}}</p>
  <footer>
    <div class="signature">
      <p class="signatory">{{signatories.0.name}}</p>
      <p class="signatory-title">{{signatories.0.title}}</p>
    </div>
    <div class="date">
      <p>{{issued_on}}</p>
      <p class="signatory-title">Date of issue</p>
    </div>
  </footer>
</article>`,
  css: `.certificate {
  font-family: Georgia, 'Times New Roman', serif;
  color: #1f2a37;
  background: #fffdf7;
  border: 12px double #9a7b3f;
  padding: 48px 56px;
  text-align: center;
  max-width: 880px;
  margin: 0 auto;
}
.certificate .issuer { letter-spacing: 0.2em; text-transform: uppercase; font-size: 0.85rem; color: #6b5a33; }
.certificate h1 { font-size: 2.4rem; margin: 0.2em 0 0.6em; font-weight: normal; }
.certificate .lead { font-style: italic; margin: 0.4em 0; }
.certificate .recipient { font-size: 2rem; border-bottom: 1px solid #9a7b3f; display: inline-block; padding: 0 1em 0.1em; margin: 0.2em 0 0.6em; }
.certificate .credential { font-size: 1.5rem; margin: 0.4em 0; }
.certificate .description { max-width: 36em; margin: 0.6em auto 2em; line-height: 1.5; }
.certificate footer { display: flex; justify-content: space-between; gap: 2em; }
.certificate footer p { margin: 0; }
.certificate .signatory, .certificate .date p:first-child { border-top: 1px solid #1f2a37; padding-top: 0.3em; min-width: 14em; }
.certificate .signatory-title { font-size: 0.8rem; color: #4b5563; }`,
};

export const MODERN_TEMPLATE = {
  html: `<section class="cert">
  <div class="band"></div>
  <div class="body">
    <p class="kicker">{{issuer.name}} · Certificate</p>
    <h1>{{credential.name}}</h1>
    <p class="recipient">{{recipient.name}}</p>
    <p class="awarded">Awarded on {{issued_on}}</p>
    <p class="summary">{{credential.description}}</p>
    <ul class="signers">
      <li><span class="name">{{signatories.0.name}}</span><span class="role">{{signatories.0.title}}</span></li>
      <li><span class="name">{{signatories.1.name}}</span><span class="role">{{signatories.1.title}}</span></li>
    </ul>
  </div>
</section>`,
  css: `.cert {
  display: grid;
  grid-template-columns: 18px 1fr;
  font-family: system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #0f172a;
  background: #ffffff;
  border: 1px solid #cbd5e1;
  border-radius: 12px;
  overflow: hidden;
  max-width: 880px;
  margin: 0 auto;
}
.cert .band { background: linear-gradient(180deg, #0d9488, #1d4ed8); }
.cert .body { padding: 40px 48px; }
.cert .kicker { text-transform: uppercase; letter-spacing: 0.12em; font-size: 0.75rem; color: #0f766e; margin: 0; }
.cert h1 { font-size: 2.1rem; margin: 0.3em 0; line-height: 1.2; }
.cert .recipient { font-size: 1.5rem; font-weight: 600; margin: 0.2em 0 0; }
.cert .awarded { font-size: 1rem; color: #334155; margin: 0.3em 0 1em; }
.cert .summary { color: #334155; line-height: 1.55; max-width: 40em; }
.cert .signers { list-style: none; padding: 0; margin: 2em 0 0; display: flex; gap: 3em; }
.cert .signers li { display: flex; flex-direction: column; border-top: 2px solid #0f172a; padding-top: 0.4em; min-width: 12em; }
.cert .role { font-size: 0.8rem; color: #64748b; }`,
};
