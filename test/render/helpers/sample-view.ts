// The credential the render tests fill templates with (no test-runner imports: CSP test pages load it too).
import type { CredentialView } from '../../../src/model/types.js';

export const ALLOWED_IMAGE_ORIGIN = 'https://images.example';

export function sampleView(overrides: Partial<CredentialView> = {}): CredentialView {
  return {
    id: 'urn:uuid:1f0e7c2a-5b7e-4c1e-9d3a-7c1b2a3d4e5f',
    provider: 'ibl',
    title: 'Introduction to Data Science',
    description: 'Completed twelve weeks of coursework and a capstone project.',
    achievementType: 'Certificate',
    issuer: { name: 'ibl.ai Academy', url: 'https://ibl.ai/' },
    recipient: { name: 'Ada Lovelace', email: 'ada@example.org' },
    issued: '2026-11-20',
    expires: '2029-11-20',
    results: [],
    evidence: [],
    endorsements: [],
    alignments: [],
    attributes: { grade: 'A', 'Cohort Name': 'Fall 2026' },
    links: [{ rel: 'page', url: 'https://credentials.example/c/123' }],
    signatories: [{ name: 'Grace Hopper', title: 'Dean of Studies' }],
    tags: [],
    raw: {},
    ...overrides,
  };
}
