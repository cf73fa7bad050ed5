/** ibl.ai credential entities (the list and by-id shape of /api/credentials/orgs/{org}/users/{user_id}/). */
import { CLASSIC_TEMPLATE, MODERN_TEMPLATE } from './certificate-templates.js';

export const IBL_ORG = 'riverside';
export const IBL_USER = 'maya.chen';

const ISSUER_DETAILS = {
  name: 'Riverside Continuing Education',
  url: 'https://learn.riverside-cc.example.edu',
  email: 'ce@riverside-cc.example.edu',
  image: 'https://learn.riverside-cc.example.edu/assets/logo.png',
};

const SIGNATORIES = [
  { name: 'Dr. Alicia Moreno', title: 'Dean of Continuing Education', image: 'https://learn.riverside-cc.example.edu/assets/signatures/moreno.png' },
  { name: 'James Whitfield', title: 'Program Director, Digital Skills', image: null },
];

function entity(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    name_override: null,
    criteriaUrl: null,
    createdAt: '2025-01-10T15:00:00Z',
    icon_image_id: 0,
    background_image_id: 0,
    thumbnail_image_id: 0,
    catalog_items: [],
    courses: [],
    programs: null,
    issuerDetails: ISSUER_DETAILS,
    metadata: null,
    expires: null,
    tags: null,
    signatories: SIGNATORIES,
    signal: 'course_completed',
    pathways: [],
    ...fields,
  };
}

export const IBL_CREDENTIALS: Record<string, unknown>[] = [
  entity({
    entityId: 'c7Kp2QmVRx6Gq9TzLw3d1A',
    name: 'Prompt Engineering Essentials',
    description: 'Designing, testing and evaluating prompts for large language models in everyday work.',
    criteriaNarrative: 'Completed all six modules and passed the final practical assessment.',
    iconImage: 'https://learn.riverside-cc.example.edu/assets/badges/prompt-engineering.png',
    backgroundImage: 'https://learn.riverside-cc.example.edu/assets/certificates/bg-classic.png',
    thumbnailImage: 'https://learn.riverside-cc.example.edu/assets/certificates/prompt-engineering-thumb.png',
    courses: [{ course_id: 'course-v1:riverside+AI101+2025_T1', name: 'AI 101: Prompt Engineering' }],
    html_template: CLASSIC_TEMPLATE.html,
    css_template: CLASSIC_TEMPLATE.css,
    credentialType: 'Certificate',
    metadata: { hours: 12, level: 'Introductory', issued_on: '2025-02-21' },
    tags: ['ai', 'productivity'],
  }),
  entity({
    entityId: 'Fh8sW0bXyN3eUa5RkD7tQe',
    name: 'Applied Machine Learning',
    description: 'Supervised learning, model evaluation and responsible deployment, with three applied projects.',
    criteriaNarrative: 'Completed three projects scored Proficient or above by an instructor.',
    iconImage: 'https://learn.riverside-cc.example.edu/assets/badges/applied-ml.png',
    courses: [{ course_id: 'course-v1:riverside+ML201+2025_T2', name: 'ML 201: Applied Machine Learning' }],
    programs: 'AI Foundations',
    html_template: MODERN_TEMPLATE.html,
    css_template: MODERN_TEMPLATE.css,
    credentialType: 'Certificate',
    expires: { years: 3 },
    metadata: { hours: 40, level: 'Intermediate', issued_on: '2025-05-30' },
    tags: ['ai', 'machine-learning'],
  }),
  entity({
    entityId: 'Qm4nZt1LcE2vYh6PoS9bJk',
    name: 'AI Foundations Program',
    description: 'A three-course program covering prompt engineering, applied machine learning and AI ethics.',
    criteriaNarrative: 'Earned every credential of the AI Foundations program.',
    iconImage: 'https://learn.riverside-cc.example.edu/assets/badges/ai-foundations.png',
    programs: 'AI Foundations',
    html_template: MODERN_TEMPLATE.html,
    css_template: MODERN_TEMPLATE.css,
    credentialType: 'Program',
    metadata: { credits: 6, issued_on: '2025-06-12' },
  }),
  entity({
    entityId: 'Tr5bGk8WnX1cVe3HsM0aLp',
    name: 'Responsible AI Micro-credential',
    description: 'Bias, privacy and transparency in AI systems, with a policy case study.',
    criteriaNarrative: null,
    iconImage: 'https://learn.riverside-cc.example.edu/assets/badges/responsible-ai.png',
    html_template: CLASSIC_TEMPLATE.html,
    css_template: CLASSIC_TEMPLATE.css,
    credentialType: 'Badge',
    signatories: [],
    issuerDetails: {},
    metadata: null,
  }),
];
