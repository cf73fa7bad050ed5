// Every language module (src/locales/) translates every message the elements use, in every plural form its
// language has (CLDR's categories, from Intl.PluralRules), with the source's expressions; none is left in English
// (apart from the allowlist: names and formats that read the same); and none translates a message no element uses.
import { describe, it } from 'node:test';
import { strict as assert } from 'node:assert';
import { TARGET_LOCALES, type TargetLocale } from '../../src/elements/shared/localize.js';
import { sourceMessages, translationText, translationValues, type Translation } from './messages.js';

/**
 * Messages a language writes as English does, each for a reason: a proper name, an acronym, a format's name, or a
 * word the language has taken as it is.
 */
const SAME_AS_ENGLISH: Record<TargetLocale, Record<string, string>> = {
  es: { 'type.diploma': 'the Spanish word is the same' },
  fr: {
    'badge.type': 'the French word is the same',
    'check.dates': 'the French word is the same',
    'check.format': 'the French word is the same',
    'check.proof': 'the French word is the same',
    'check.schema': 'the French word is the same',
    'fact.code': 'the French word is the same',
  },
  de: {
    'gallery.sort-name': 'the German words are the same',
    'gallery.status': 'the German word is the same',
    'type.badge': 'German uses the loanword (as the German messages do throughout)',
  },
  pt: { 'type.diploma': 'the Portuguese word is the same' },
  'zh-Hans': {},
  ar: {},
};

/** Plural forms that may leave the count out (Arabic's "شهادة واحدة", "شهادتان": the word says the number). */
const COUNT_IMPLIED = new Set(['zero', 'one', 'two']);

const modules: Record<TargetLocale, () => Promise<{ templates: Record<string, Translation> }>> = {
  es: () => import('../../src/locales/es.js') as never,
  fr: () => import('../../src/locales/fr.js') as never,
  de: () => import('../../src/locales/de.js') as never,
  pt: () => import('../../src/locales/pt.js') as never,
  'zh-Hans': () => import('../../src/locales/zh-Hans.js') as never,
  ar: () => import('../../src/locales/ar.js') as never,
};

const messages = sourceMessages();

describe('the messages the elements use', () => {
  it('are found in the source (msg and countMessage calls)', () => {
    assert.ok(messages.size > 250, `found only ${messages.size} messages`);
    assert.ok([...messages.values()].some((message) => message.plural), 'no message in plural forms');
  });
});

for (const locale of TARGET_LOCALES) {
  describe(`${locale} (src/locales/${locale}.ts)`, () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    /** The ids the module must have: each message, each plural one once per category of the language. */
    const expected = new Map<string, { english: string; expressions: number; category?: string }>();
    for (const [id, message] of messages) {
      if (!message.plural) expected.set(id, message);
      else for (const category of categories) expected.set(`${id}.${category}`, { ...message, category });
    }

    it('translates every message, in every plural form of the language, with the same expressions', async () => {
      const { templates } = await modules[locale]();
      const missing = [...expected.keys()].filter((id) => templates[id] === undefined);
      assert.deepEqual(missing, [], `${locale} lacks ${missing.length} messages`);
      for (const [id, { expressions, category }] of expected) {
        const used = translationValues(templates[id]!);
        const all = [...Array(expressions).keys()];
        assert.equal(new Set(used).size, used.length, `${locale} "${id}" uses an expression twice`);
        assert.ok(used.every((value) => all.includes(value)), `${locale} "${id}" uses an expression the source does not have`);
        if (!(category && COUNT_IMPLIED.has(category))) assert.deepEqual([...used].sort(), all, `${locale} "${id}" must use each of the ${expressions} expressions once`);
        assert.ok(translationText(templates[id]!).trim(), `${locale} "${id}" is empty`);
      }
    });

    it('leaves nothing in English but the allowlist', async () => {
      const { templates } = await modules[locale]();
      const english = [...expected]
        .filter(([id, { english: source }]) => templates[id] !== undefined && translationText(templates[id]!) === source && !(id in SAME_AS_ENGLISH[locale]))
        .map(([id]) => id);
      assert.deepEqual(english, [], `${locale} returns the English text for ${english.length} messages`);
      for (const id of Object.keys(SAME_AS_ENGLISH[locale])) {
        assert.ok(expected.has(id), `${locale}: the allowlist names "${id}", which no element uses`);
      }
    });

    it('translates no message the elements do not use', async () => {
      const { templates } = await modules[locale]();
      const unused = Object.keys(templates).filter((id) => !expected.has(id));
      assert.deepEqual(unused, [], `${locale} translates messages no element uses (or plural forms its language lacks)`);
    });
  });
}
