// Every reason code the engine can give (REASON_CODES) has a sentence of the elements' own, in English and in every
// language, for a credential, a presentation and an OB 2.0 badge alike: none falls back to the engine's English
// ("In English: …"), none is left in English, none prints "undefined". A code the engine adds fails here until the
// elements have a sentence for it.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { checkMessage } from '../../src/elements/shared/check-messages/index.js';
import { localeReady, TARGET_LOCALES, withLocale, type SupportedLocale } from '../../src/elements/shared/localize.js';
import { REASON_CODES, type Check, type VerificationReport } from '../../src/verify/types.js';

const ENGINE_ENGLISH = 'the engine’s own sentence';

const reports: Record<string, Pick<VerificationReport, 'kind' | 'summary'>> = {
  credential: { kind: 'json-ld', summary: { type: ['VerifiableCredential', 'OpenBadgeCredential'] } },
  presentation: { kind: 'json-ld', summary: { type: ['VerifiablePresentation'] } },
  'OB 2.0 badge': { kind: 'json-ld', summary: { type: ['Assertion'] } },
};

function loaded(locale: SupportedLocale): Promise<void> {
  return new Promise((resolve) => {
    if (localeReady(locale, resolve)) resolve();
  });
}

/** Each reason code's sentence, read in `locale`, for the check ids it comes with most (a few read the check id). */
function sentences(locale: SupportedLocale, report: Pick<VerificationReport, 'kind' | 'summary'>): Map<string, string> {
  const found = new Map<string, string>();
  for (const reason of REASON_CODES) {
    for (const id of ['format', 'proof', 'key', 'status'] as const) {
      const check: Check = { id, status: 'failure', reason, message: ENGINE_ENGLISH, details: {} };
      const sentence = withLocale(locale, () => checkMessage(check, report));
      found.set(`${reason} (${id})`, 'text' in sentence ? sentence.text : `${sentence.prefix} ${sentence.english}`);
    }
  }
  return found;
}

describe('the sentence for each reason code', () => {
  it('exists in English: no reason shows the engine’s sentence', () => {
    for (const [scene, report] of Object.entries(reports)) {
      for (const [reason, text] of sentences('en', report)) {
        assert.notEqual(text, ENGINE_ENGLISH, `${reason}, ${scene}: no sentence of the elements' own`);
        assert.ok(!/undefined|\[object/.test(text), `${reason}, ${scene}: "${text}"`);
      }
    }
  });

  for (const locale of TARGET_LOCALES) {
    it(`is translated into ${locale}`, async () => {
      await loaded(locale);
      for (const [scene, report] of Object.entries(reports)) {
        const english = sentences('en', report);
        for (const [reason, text] of sentences(locale, report)) {
          assert.ok(!text.includes(ENGINE_ENGLISH), `${locale} ${reason}, ${scene}: the engine's English`);
          assert.notEqual(text, english.get(reason), `${locale} ${reason}, ${scene}: left in English ("${text}")`);
          assert.ok(!/undefined|\[object/.test(text), `${locale} ${reason}, ${scene}: "${text}"`);
        }
      }
    });
  }
});
