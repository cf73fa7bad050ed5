// The benchmark's documents: 100 different OB 3.0 badges, one of them also as ob.json, and CLRs with 10, 50, 200 and
// 500 nested badges, signed with eddsa-rdfc-2022 by a generated did:key, written to bench/.data/ (regenerated on every
// run, so nothing is ever precomputed for them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { clrCredential, ed25519Issuer, openBadge, signEddsaRdfc2022 } from '../test/verify/signing.js';

export const SIZES = [10, 50, 200, 500];

export async function writeDocuments(directory: URL): Promise<string[]> {
  mkdirSync(directory, { recursive: true });
  const issuer = await ed25519Issuer();
  const courses = ['Biology', 'Chemistry', 'Physics', 'Calculus', 'Statistics', 'Composition', 'History', 'Economics', 'Psychology', 'Art'];
  const badge = (index: number) =>
    signEddsaRdfc2022(
      openBadge(issuer, {
        name: `${courses[index % courses.length]} ${100 + index}`,
        credentialSubject: {
          ...openBadge(issuer).credentialSubject,
          achievement: { ...openBadge(issuer).credentialSubject.achievement, id: `https://riverside.example/achievements/${index}`, name: `${courses[index % courses.length]} ${100 + index}` },
        },
      }),
      issuer,
    );
  mkdirSync(new URL('badges/', directory), { recursive: true });
  for (let index = 0; index < 100; index++) writeFileSync(new URL(`badges/${index}.json`, directory), JSON.stringify(await badge(index)));
  const names = ['ob'];
  writeFileSync(new URL('ob.json', directory), JSON.stringify(await badge(0)));
  const nested = [];
  for (let index = 0; index < Math.max(...SIZES); index++) nested.push(await badge(index));
  for (const size of SIZES) {
    const clr = await signEddsaRdfc2022(clrCredential(issuer, nested.slice(0, size)), issuer);
    writeFileSync(new URL(`clr-${size}.json`, directory), JSON.stringify(clr));
    names.push(`clr-${size}`);
  }
  return names;
}
