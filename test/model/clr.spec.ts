import { describe, it, before, expect } from '../helpers/harness.js';
import { transcriptFromClr } from '../../src/model/index.js';
import { createClrClient } from '../../src/sources/index.js';
import { fixtureJson } from '../helpers/shared-fixtures.js';
import { MOCK_SECRETS, mockApi } from '../helpers/mock-api.js';

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

  it('keeps every credential for one achievement, each under its own key, and counts its credits once at the best result', () => {
    const course = { id: 'urn:a:calc', type: ['Achievement'], name: 'Calculus', achievementType: 'Course', creditsAvailable: 4 };
    const competency = { id: 'urn:a:limits', type: ['Achievement'], name: 'Limits', achievementType: 'Competency' };
    const attempt = (id: string, grade: string, earned: number) => ({
      id,
      credentialSubject: { achievement: course, creditsEarned: earned, result: [{ value: grade, resultDescription: 'urn:a:calc#grade' }] },
    });
    const withType = { ...course, resultDescription: [{ id: 'urn:a:calc#grade', name: 'Grade', resultType: 'LetterGrade' }] };
    const credentials = [attempt('urn:c:1', 'F', 0), attempt('urn:c:2', 'B', 4), attempt('urn:c:2', 'A', 4)].map((credential) => ({
      ...credential,
      credentialSubject: { ...credential.credentialSubject, achievement: withType },
    }));
    const transcript = transcriptFromClr({
      credentialSubject: {
        verifiableCredential: credentials,
        achievement: [course, competency],
        association: [{ associationType: 'isParentOf', sourceId: 'urn:a:calc', targetId: 'urn:a:limits' }],
      },
    });
    // Three credentials (two sharing an id), and the competency no credential asserts.
    expect(transcript.entries.map((entry) => entry.key)).to.deep.equal(['urn:c:1', 'urn:c:2', 'urn:c:2#2', 'urn:a:limits']);
    expect(transcript.roots).to.deep.equal(['urn:a:calc']);
    for (const entry of transcript.entries.slice(0, 3)) expect(entry.children).to.deep.equal(['urn:a:limits']);
    expect(transcript.credits).to.deep.equal({ total: 4, byTerm: { Unscheduled: 8 }, repeats: 2 });
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

    it('has the learner, the issuer and an entry for each of the 13 credentials (a course taken twice), each signed', () => {
      expect(transcript.learner.email).to.equal('maya.chen@students.riverside-cc.example.edu');
      expect(transcript.learner.name).to.equal('Maya Chen');
      expect(transcript.learner.studentId).to.equal('RCC-2023-04817');
      expect(transcript.learner.id).to.match(/^did:key:z6Mk/);
      expect(transcript.issuer.name).to.equal('Riverside Community College');
      expect(transcript.entries).to.have.length(13);
      expect(new Set(transcript.entries.map((entry) => entry.key)).size).to.equal(13);
      for (const entry of transcript.entries) {
        const verifiable = entry.credential.verifiable as Record<string, unknown>;
        expect((verifiable['proof'] as Record<string, unknown>)['cryptosuite']).to.equal('eddsa-rdfc-2022');
      }
    });

    it('groups courses under the degree and competencies under courses', () => {
      expect(transcript.roots).to.deep.equal(['https://www.riverside-cc.example.edu/achievements/as-cs']);
      const degree = transcript.entries.find((entry) => entry.credential.achievementType === 'AssociateDegree')!;
      expect(degree.children).to.have.length(8);
      expect(degree.credential.awarded).to.equal('2025-05-16T00:00:00Z');
      const dataStructures = transcript.entries.find((entry) => entry.achievementId.endsWith('/cs102'))!;
      expect(dataStructures.children).to.deep.equal(['https://www.riverside-cc.example.edu/achievements/comp-algorithms']);
      expect(transcript.associations.filter((link) => link.type === 'precedes')).to.have.length(3);
    });

    it('totals credits per term (every credential) and overall (each achievement once, at its best result), with grades as results', () => {
      expect(transcript.credits).to.deep.equal({
        total: 28,
        byTerm: { 'Summer 2023': 4, 'Fall 2023': 11, 'Spring 2024': 8, 'Fall 2024': 6, 'Spring 2025': 3 },
        repeats: 1,
      });
      const calculus = transcript.entries.filter((entry) => entry.achievementId.endsWith('/math121'));
      expect(calculus.map((entry) => entry.term)).to.deep.equal(['Fall 2023', 'Summer 2023']);
      expect(calculus[0]!.credential.results).to.deep.equal([{ label: 'Final grade', value: 'B+', type: 'LetterGrade' }]);
      expect(calculus[0]!.credential.creditsAvailable).to.equal(4);
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
