/** Builds the school's OB 3.0 AchievementCredentials and the ClrCredentials that bundle them. */
import { ACHIEVEMENTS, ASSOCIATIONS, LEARNER, SCHOOL, TERMS, achievementId, credentialId, type SchoolAchievement } from './school.js';
import { achievementImage } from './images.js';

const VC_V2 = 'https://www.w3.org/ns/credentials/v2';
const OB_V3 = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';

export function issuerProfile(did: string) {
  return {
    id: did,
    type: ['Profile'],
    name: SCHOOL.name,
    url: SCHOOL.url,
    email: SCHOOL.email,
    description: SCHOOL.description,
    image: { id: SCHOOL.image, type: 'Image', caption: `${SCHOOL.name} seal` },
  };
}

function resultDescriptions(item: SchoolAchievement) {
  const descriptions: Record<string, unknown>[] = [];
  if (item.grade && item.achievementType === 'AssociateDegree') {
    descriptions.push({ id: `${achievementId(item.key)}#gpa`, type: ['ResultDescription'], name: 'Cumulative GPA', resultType: 'GradePointAverage' });
  } else if (item.grade) {
    descriptions.push({
      id: `${achievementId(item.key)}#grade`,
      type: ['ResultDescription'],
      name: 'Final grade',
      resultType: 'LetterGrade',
      allowedValue: ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'D', 'F'],
    });
  }
  if (item.level) {
    descriptions.push({
      id: `${achievementId(item.key)}#level`,
      type: ['ResultDescription'],
      name: 'Proficiency',
      resultType: 'RubricCriterionLevel',
      rubricCriterionLevel: ['Beginning', 'Developing', 'Proficient', 'Advanced'].map((name) => ({
        id: `${achievementId(item.key)}#level-${name.toLowerCase()}`,
        type: ['RubricCriterionLevel'],
        name,
      })),
    });
  }
  return descriptions;
}

export function achievement(item: SchoolAchievement, did: string) {
  const result: Record<string, unknown> = {
    id: achievementId(item.key),
    type: ['Achievement'],
    achievementType: item.achievementType,
    name: item.code ? `${item.code}: ${item.name}` : item.name,
    description: item.description,
    criteria: { narrative: item.criteria },
    image: { id: achievementImage(item.achievementType), type: 'Image', caption: item.name },
    creator: issuerProfile(did),
  };
  if (item.code) result['humanCode'] = item.code;
  if (item.credits !== undefined) result['creditsAvailable'] = item.credits;
  const descriptions = resultDescriptions(item);
  if (descriptions.length) result['resultDescription'] = descriptions;
  if (item.alignment) {
    result['alignment'] = [
      {
        type: ['Alignment'],
        targetName: item.alignment.name,
        targetUrl: item.alignment.url,
        targetFramework: item.alignment.framework,
        targetCode: item.alignment.code,
        targetType: 'CFItem',
      },
    ];
  }
  return result;
}

/** An unsigned AchievementCredential for one achievement. */
export function achievementCredential(item: SchoolAchievement, did: string, learnerDid: string) {
  const term = TERMS[item.term]!;
  const results: Record<string, unknown>[] = [];
  const [gradeDescription, levelDescription] = resultDescriptions(item);
  if (item.grade && gradeDescription) results.push({ type: ['Result'], resultDescription: gradeDescription['id'], value: item.grade });
  if (item.level) {
    const description = (levelDescription ?? gradeDescription)!;
    results.push({
      type: ['Result'],
      resultDescription: description['id'],
      achievedLevel: `${achievementId(item.key)}#level-${item.level.toLowerCase()}`,
      status: 'Completed',
    });
  }
  const subject: Record<string, unknown> = {
    id: learnerDid,
    type: ['AchievementSubject'],
    identifier: [
      { type: 'IdentityObject', identityHash: LEARNER.studentId, identityType: 'studentId', hashed: false },
      { type: 'IdentityObject', identityHash: LEARNER.name, identityType: 'name', hashed: false },
    ],
    achievement: achievement(item, did),
    activityStartDate: term.start,
    activityEndDate: term.end,
  };
  if (item.credits !== undefined) subject['creditsEarned'] = item.credits;
  if (results.length) subject['result'] = results;
  const credential: Record<string, unknown> = {
    '@context': [VC_V2, OB_V3],
    id: credentialId(item.key, item.attempt),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: item.code ? `${item.code}: ${item.name}` : item.name,
    description: `${item.achievementType === 'Competency' ? 'Competency demonstrated' : 'Completed'} at ${SCHOOL.name}, ${term.name}.`,
    issuer: issuerProfile(did),
    validFrom: term.end,
    credentialSubject: subject,
  };
  if (item.awarded) credential['awardedDate'] = item.awarded;
  if (item.evidence) {
    credential['evidence'] = [{ id: item.evidence.url, type: ['Evidence'], name: item.evidence.name, narrative: item.evidence.narrative }];
  }
  return credential;
}

export interface ClrParts {
  id: string;
  name: string;
  validFrom: string;
  /** The signed nested credentials to bundle. */
  credentials: Record<string, unknown>[];
  /** Keys of the achievements they assert, in the same order. */
  keys: string[];
}

/** An unsigned ClrCredential around signed achievement credentials, with the association graph among them. */
export function clrCredential(parts: ClrParts, did: string, learnerDid: string) {
  const included = new Set(parts.keys);
  // Each achievement once, however many credentials assert it.
  const items = ACHIEVEMENTS.filter((item) => included.has(item.key) && !item.attempt);
  const clr: Record<string, unknown> = {
    '@context': [VC_V2, CLR_CONTEXT, OB_V3],
    id: parts.id,
    type: ['VerifiableCredential', 'ClrCredential'],
    name: parts.name,
    description: `The comprehensive learner record of ${LEARNER.name} at ${SCHOOL.name}.`,
    issuer: issuerProfile(did),
    validFrom: parts.validFrom,
    credentialSubject: {
      id: learnerDid,
      type: ['ClrSubject'],
      identifier: [
        { type: 'IdentityObject', identityHash: LEARNER.name, identityType: 'name', hashed: false },
        { type: 'IdentityObject', identityHash: LEARNER.studentId, identityType: 'studentId', hashed: false },
        { type: 'IdentityObject', identityHash: LEARNER.email, identityType: 'emailAddress', hashed: false },
      ],
      verifiableCredential: parts.credentials,
      achievement: items.map((item) => achievement(item, did)),
      association: ASSOCIATIONS.filter((link) => included.has(link.source) && included.has(link.target)).map((link) => ({
        type: 'Association',
        associationType: link.type,
        sourceId: achievementId(link.source),
        targetId: achievementId(link.target),
      })),
    },
  };
  return clr;
}
