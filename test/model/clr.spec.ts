import { describe, it, before, expect } from '../harness.js';
import { transcriptFromClr } from '../../src/model/index.js';
import { createClrClient } from '../../src/sources/index.js';
import { fixtureJson } from '../shared-fixtures.js';
import { MOCK_SECRETS, mockApi } from '../mock-api.js';

describe('model/clr: ClrCredential to TranscriptView', () => {
  it('maps the 1EdTech CLR 2.0 sample: nested credential, bare achievement, isParentOf', async () => {
    const clr = await fixtureJson('vectors/1edtech-impl-guide/clrv2p0/signed.json');
    const transcript = transcriptFromClr(clr);
    expect(transcript.title).to.equal('Sample Transcript');
    expect(transcript.issuer.name).to.equal('Example University');
    expect(transcript.entries.map((entry) => entry.achievementId)).to.deep.equal([
      'urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002',
      'urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002',
    ]);
    expect(transcript.roots).to.deep.equal(['urn:uuid:a7467ef6-56cb-11ec-bf63-0242ac130002']);
    expect(transcript.entries[0]!.children).to.deep.equal(['urn:uuid:dd887f0a-56cb-11ec-bf63-0242ac130002']);
    expect(transcript.entries[0]!.credential.verifiable).to.equal(clr.credentialSubject.verifiableCredential[0]);
    expect(transcript.entries[1]!.credential.verifiable).to.equal(undefined);
    expect(transcript.raw).to.equal(clr);
  });

  it('ignores association cycles and unknown ids instead of looping', () => {
    const achievement = (id: string) => ({ id, name: id });
    const transcript = transcriptFromClr({
      credentialSubject: {
        achievement: [achievement('a'), achievement('b')],
        association: [
          { associationType: 'isParentOf', sourceId: 'a', targetId: 'b' },
          { associationType: 'isParentOf', sourceId: 'b', targetId: 'a' },
          { associationType: 'isParentOf', sourceId: 'a', targetId: 'zzz' },
          { associationType: 'precedes', sourceId: 'a', targetId: 'b' },
        ],
      },
    });
    expect(transcript.roots).to.deep.equal(['a']);
    expect(transcript.entries[1]!.children).to.deep.equal([]);
    expect(transcript.associations).to.have.length(4);
  });

  describe('on the generated Riverside record (through the mock API)', () => {
    let transcript: ReturnType<typeof transcriptFromClr>;
    before(async () => {
      const base = `${(await mockApi()).url}/clr`;
      const clr = await createClrClient({ base, token: MOCK_SECRETS.clrToken }).load();
      transcript = transcriptFromClr(clr);
    });

    it('has the learner, the issuer and a dozen entries, each with its signed credential', () => {
      expect(transcript.learner.email).to.equal('maya.chen@students.riverside-cc.example.edu');
      expect(transcript.learner.id).to.match(/^did:key:z6Mk/);
      expect(transcript.issuer.name).to.equal('Riverside Community College');
      expect(transcript.entries).to.have.length(12);
      for (const entry of transcript.entries) {
        const verifiable = entry.credential.verifiable as Record<string, unknown>;
        expect((verifiable['proof'] as Record<string, unknown>)['cryptosuite']).to.equal('eddsa-rdfc-2022');
      }
    });

    it('groups courses under the degree and competencies under courses', () => {
      expect(transcript.roots).to.deep.equal(['https://www.riverside-cc.example.edu/achievements/as-cs']);
      const degree = transcript.entries.find((entry) => entry.credential.achievementType === 'AssociateDegree')!;
      expect(degree.children).to.have.length(8);
      const dataStructures = transcript.entries.find((entry) => entry.achievementId.endsWith('/cs102'))!;
      expect(dataStructures.children).to.deep.equal(['https://www.riverside-cc.example.edu/achievements/comp-algorithms']);
      expect(transcript.associations.filter((link) => link.type === 'precedes')).to.have.length(3);
    });

    it('totals credits overall and per term, with grades as results', () => {
      expect(transcript.credits).to.deep.equal({ total: 28, byTerm: { 'Fall 2023': 11, 'Spring 2024': 8, 'Fall 2024': 6, 'Spring 2025': 3 } });
      const calculus = transcript.entries.find((entry) => entry.achievementId.endsWith('/math121'))!;
      expect(calculus.term).to.equal('Fall 2023');
      expect(calculus.credential.results).to.deep.equal([{ label: 'Final grade', value: 'B+', type: 'LetterGrade' }]);
      const writing = transcript.entries.find((entry) => entry.achievementId.endsWith('/comp-writing'))!;
      expect(writing.credential.results[0]).to.deep.include({ label: 'Proficiency', value: 'Proficient' });
    });

    it('keeps evidence and alignments of the nested credentials', () => {
      const capstone = transcript.entries.find((entry) => entry.achievementId.endsWith('/cs290'))!;
      expect(capstone.credential.evidence[0]?.url).to.equal('https://portfolio.riverside-cc.example.edu/maya-chen/capstone');
      const modeling = transcript.entries.find((entry) => entry.achievementId.endsWith('/comp-data-modeling'))!;
      expect(modeling.credential.alignments[0]).to.deep.include({ framework: 'ACM CS2023', code: 'DM' });
    });
  });
});
