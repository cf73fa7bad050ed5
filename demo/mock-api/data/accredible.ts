/**
 * Accredible credentials as the v1 API returns them, warts included: numeric and string ids, `null`s,
 * the `custom_attibutes` misspelling of older responses, and a DD/MM/YYYY date.
 */
export interface AccredibleRecord {
  credential: Record<string, unknown>;
  /** Private credentials answer 403 to the by-id route. */
  private: boolean;
}

const ISSUER = { name: 'Northwind Professional Academy', description: 'Industry certification for cloud and data roles.', url: 'https://academy.northwind.example', id: 5123 };
const credentialPage = (id: string | number) => `https://www.credential.net/${id}`;
const badgeImage = (id: string | number) => `https://api.accredible.com/v1/frontend/credential_badge_image/${id}`;
const certificateImage = (id: string | number) => `https://api.accredible.com/v1/frontend/credential_website_embed_image/certificate/${id}`;

function base(id: string | number, fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    approve: true,
    grade: null,
    complete: true,
    course_link: 'https://academy.northwind.example/courses',
    expired_on: null,
    url: credentialPage(id),
    encoded_id: String(id),
    private: false,
    seo_image: `https://api.accredible.com/v1/frontend/credential_seo_image/${id}`,
    certificate: { image: { preview: certificateImage(id) } },
    badge: { image: { preview: badgeImage(id) } },
    evidence_items: [],
    references: [],
    issuer: ISSUER,
    meta_data: null,
    ...fields,
  };
}

const maya = { name: 'Maya Chen', email: 'maya.chen@example.com', id: 'NW-88412', meta_data: { cohort: '2025-spring' } };
const sam = { name: 'Samuel Okafor', email: 'sam.okafor@example.com', id: 90215, meta_data: null };

export const ACCREDIBLE_CREDENTIALS: AccredibleRecord[] = [
  {
    private: false,
    credential: base(61450021, {
      name: 'Certified Cloud Practitioner',
      description: 'Demonstrates a working knowledge of cloud concepts, core services, security and pricing.',
      issued_on: '2025-03-14',
      expired_on: '2028-03-14',
      group_name: 'Cloud Practitioner',
      group_id: 40211,
      grade: '91%',
      custom_attributes: { 'Exam code': 'NW-CCP-02', 'Proctored': 'Yes' },
      recipient: maya,
      evidence_items: [
        { id: 9101, description: 'Final exam score', preview_image_url: null, link_url: null, type: 'grade', string_object: { grade: 91 }, supplemental: false, position: 1 },
        {
          id: 9102,
          description: 'Architecture lab report',
          preview_image_url: 'https://academy.northwind.example/evidence/9102/preview.jpg',
          link_url: 'https://academy.northwind.example/evidence/9102/report.pdf',
          type: 'file',
          string_object: null,
          supplemental: false,
          position: 2,
        },
      ],
      references: [
        {
          id: 311,
          description: 'Maya designed the most cost-effective architecture in her cohort and explained every trade-off clearly.',
          relationship: 'taught',
          supplemental: false,
          approve: true,
          referee: { name: 'Dr. Priya Raman', email: null, avatar: 'https://academy.northwind.example/staff/praman.jpg', url: 'https://academy.northwind.example/staff/praman' },
        },
      ],
    }),
  },
  {
    private: false,
    credential: base('nw-data-analyst-7731', {
      name: 'Data Analyst Professional Certificate',
      description: 'Completed eight courses on spreadsheets, SQL, visualisation and storytelling with data.',
      // An older record: DD/MM/YYYY dates and the misspelt custom attributes key.
      issued_on: '22/11/2024',
      group_name: 'Data Analyst',
      group_id: '40388',
      custom_attibutes: { Hours: '180', Capstone: 'Retail sales dashboard' },
      recipient: maya,
      evidence_items: [
        { id: 9150, description: 'Capstone dashboard', preview_image_url: null, link_url: 'https://public.tableau.example/maya-chen/retail', type: 'url', string_object: null, supplemental: true, position: 1 },
      ],
    }),
  },
  {
    private: false,
    credential: base(61450022, {
      name: 'Agile Project Foundations',
      description: 'Scrum and Kanban fundamentals, estimation and sprint planning.',
      issued_on: '2021-09-30',
      expired_on: '2023-09-30',
      group_name: 'Agile Foundations',
      group_id: 40102,
      recipient: maya,
    }),
  },
  {
    private: true,
    credential: base(61450023, {
      name: 'Security Operations Specialist',
      description: 'Incident response, log analysis and threat hunting.',
      issued_on: '2025-06-02',
      group_name: 'SecOps Specialist',
      group_id: 40450,
      private: true,
      recipient: maya,
    }),
  },
  {
    private: false,
    credential: base(61450024, {
      name: 'Certified Cloud Practitioner',
      description: 'Demonstrates a working knowledge of cloud concepts, core services, security and pricing.',
      issued_on: '2025-04-18',
      expired_on: '2028-04-18',
      group_name: 'Cloud Practitioner',
      group_id: 40211,
      custom_attributes: null,
      recipient: sam,
    }),
  },
];
