/**
 * Generates the mock APIs' data once per process: the school's signed credentials and CLRs, and the
 * Accredible and ibl.ai records. Deterministic: fixed key seeds, fixed dates.
 */
import { ACCREDIBLE_CREDENTIALS, type AccredibleRecord } from './accredible.js';
import { cacheKey, readCache, writeCache } from './cache.js';
import { achievementCredential, clrCredential } from './clr.js';
import { loadClrContexts, staticDocumentLoader } from './document-loader.js';
import { GRADUATE_AWARDS, graduateCredential, graduateRecord, iblGalleryCredentials } from './graduates.js';
import { IBL_CREDENTIALS } from './ibl.js';
import { medallionPng } from './images.js';
import { didKeyFromSeed, seedFrom } from './keys.js';
import { ACHIEVEMENTS, LEARNER, TERMS } from './school.js';
import { createSigner } from './sign.js';
import { loadVendor } from './vendor.js';

export interface MockData {
  /** The issuer's did:key (Riverside Community College). */
  issuerDid: string;
  learnerDid: string;
  /** The signed OB 3.0 AchievementCredentials, one per achievement. */
  achievementCredentials: Record<string, unknown>[];
  /** ClrCredentials, oldest first. */
  clrs: Record<string, unknown>[];
  /** Whether the CLRs carry their own proof (only when the CLR 2.0 context is available to sign with). */
  clrSigned: boolean;
  accredible: AccredibleRecord[];
  ibl: Record<string, unknown>[];
  /** A program's graduates (Accredible group 40500): their signed OB 3.0 credentials, in list order (also in `accredible`). */
  graduateCredentials: Record<string, unknown>[];
  /** Another ibl.ai learner's many credentials (user IBL_GALLERY_USER), for galleries. */
  iblGallery: Record<string, unknown>[];
}

/** The issuer key's seed: 32 fixed bytes, public on purpose (demo only). */
export const ISSUER_SEED = seedFrom('riverside-community-college-demo-issuer-key');
const LEARNER_SEED = seedFrom('riverside-demo-learner-maya-chen');
const NORTHWIND_SEED = seedFrom('northwind-professional-academy-demo-issuer-key');

let cached: Promise<MockData> | undefined;

/** The data, generated once per process, or read from the disk cache when the generator has not changed. */
export function mockData(): Promise<MockData> {
  cached ??= (async () => {
    const key = cacheKey();
    const stored = readCache<MockData>(key);
    if (stored) return stored;
    const data = await generateMockData();
    writeCache(key, data);
    return data;
  })();
  return cached;
}

/** Generates everything afresh (about a second: the signing is most of it). */
export async function generateMockData(): Promise<MockData> {
  const vendor = await loadVendor();
  const clrContexts = await loadClrContexts();
  const contexts = new Map(vendor.contexts);
  for (const [url, document] of Object.entries(clrContexts ?? {})) contexts.set(url, document);
  const documentLoader = staticDocumentLoader(contexts);

  const issuerKey = await didKeyFromSeed(ISSUER_SEED);
  const learnerKey = await didKeyFromSeed(LEARNER_SEED);
  const signer = createSigner(vendor, issuerKey, documentLoader);

  const achievementCredentials = await Promise.all(
    ACHIEVEMENTS.map((item) => signer.sign(achievementCredential(item, issuerKey.controller, learnerKey.controller), TERMS[item.term]!.end)),
  );

  const termOrder = Object.keys(TERMS);
  const snapshot = async (throughTerm: string, validFrom: string) => {
    const last = termOrder.indexOf(throughTerm);
    const keys = ACHIEVEMENTS.filter((item) => termOrder.indexOf(item.term) <= last).map((item) => item.key);
    const credentials = achievementCredentials.filter((_, index) => keys.includes(ACHIEVEMENTS[index]!.key));
    const clr = clrCredential(
      {
        id: `https://www.riverside-cc.example.edu/clr/${LEARNER.studentId.toLowerCase()}/${validFrom.slice(0, 7)}`,
        name: `${LEARNER.name}: Comprehensive Learner Record`,
        validFrom,
        credentials,
        keys,
      },
      issuerKey.controller,
      learnerKey.controller,
    );
    return clrContexts ? signer.sign(clr, validFrom) : clr;
  };

  const clrs = [
    await snapshot('spring2024', '2024-06-01T00:00:00Z'),
    await snapshot('fall2024', '2025-01-06T00:00:00Z'),
    await snapshot('spring2025', '2025-06-02T00:00:00Z'),
  ];

  const northwindKey = await didKeyFromSeed(NORTHWIND_SEED);
  const northwind = createSigner(vendor, northwindKey, documentLoader);
  const graduateCredentials: Record<string, unknown>[] = [];
  const badge = medallionPng('#1f5f8b', '#9ccbe8');
  for (const award of GRADUATE_AWARDS) graduateCredentials.push(await northwind.sign(graduateCredential(award, northwindKey.controller, badge), `${award.issued}T00:00:00Z`));

  return {
    issuerDid: issuerKey.controller,
    learnerDid: learnerKey.controller,
    achievementCredentials,
    clrs,
    clrSigned: !!clrContexts,
    accredible: [...ACCREDIBLE_CREDENTIALS, ...GRADUATE_AWARDS.map((award, index) => ({ private: false, credential: graduateRecord(award, graduateCredentials[index]!) }))],
    ibl: IBL_CREDENTIALS,
    graduateCredentials,
    iblGallery: iblGalleryCredentials(),
  };
}
