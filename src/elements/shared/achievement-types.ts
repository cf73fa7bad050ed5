/**
 * Achievement types in words ("Associate degree", not `AssociateDegree`): every value of the OB 3.0 / CLR 2.0
 * AchievementType enumeration, in the element's language. An extension type (`ext:WorkBasedLearning`) or an unknown
 * one is spelled out from its name.
 */
import { msg } from '@lit/localize';

/** The OB 3.0 AchievementType enumeration. */
export const ACHIEVEMENT_TYPES = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
] as const;

export function achievementTypeLabel(type: string): string {
  switch (type) {
    case 'Achievement':
      return msg('Achievement', { id: 'type.achievement' });
    case 'ApprenticeshipCertificate':
      return msg('Apprenticeship certificate', { id: 'type.apprenticeship-certificate' });
    case 'Assessment':
      return msg('Assessment', { id: 'type.assessment' });
    case 'Assignment':
      return msg('Assignment', { id: 'type.assignment' });
    case 'AssociateDegree':
      return msg('Associate degree', { id: 'type.associate-degree' });
    case 'Award':
      return msg('Award', { id: 'type.award' });
    case 'Badge':
      return msg('Badge', { id: 'type.badge' });
    case 'BachelorDegree':
      return msg('Bachelor’s degree', { id: 'type.bachelor-degree' });
    case 'Certificate':
      return msg('Certificate', { id: 'type.certificate' });
    case 'CertificateOfCompletion':
      return msg('Certificate of completion', { id: 'type.certificate-of-completion' });
    case 'Certification':
      return msg('Certification', { id: 'type.certification' });
    case 'CommunityService':
      return msg('Community service', { id: 'type.community-service' });
    case 'Competency':
      return msg('Competency', { id: 'type.competency' });
    case 'Course':
      return msg('Course', { id: 'type.course' });
    case 'CoCurricular':
      return msg('Co-curricular activity', { id: 'type.co-curricular' });
    case 'Degree':
      return msg('Degree', { id: 'type.degree' });
    case 'Diploma':
      return msg('Diploma', { id: 'type.diploma' });
    case 'DoctoralDegree':
      return msg('Doctoral degree', { id: 'type.doctoral-degree' });
    case 'Fieldwork':
      return msg('Fieldwork', { id: 'type.fieldwork' });
    case 'GeneralEducationDevelopment':
      return msg('General Educational Development (GED)', { id: 'type.ged' });
    case 'JourneymanCertificate':
      return msg('Journeyman certificate', { id: 'type.journeyman-certificate' });
    case 'LearningProgram':
      return msg('Learning program', { id: 'type.learning-program' });
    case 'License':
      return msg('License', { id: 'type.license' });
    case 'Membership':
      return msg('Membership', { id: 'type.membership' });
    case 'ProfessionalDoctorate':
      return msg('Professional doctorate', { id: 'type.professional-doctorate' });
    case 'QualityAssuranceCredential':
      return msg('Quality assurance credential', { id: 'type.quality-assurance' });
    case 'MasterCertificate':
      return msg('Master certificate', { id: 'type.master-certificate' });
    case 'MasterDegree':
      return msg('Master’s degree', { id: 'type.master-degree' });
    case 'MicroCredential':
      return msg('Micro-credential', { id: 'type.micro-credential' });
    case 'ResearchDoctorate':
      return msg('Research doctorate', { id: 'type.research-doctorate' });
    case 'SecondarySchoolDiploma':
      return msg('Secondary school diploma', { id: 'type.secondary-school-diploma' });
    default:
      return spelledOut(type);
  }
}

/** `ext:WorkBasedLearning` → "Work based learning": the name's words, the first capitalized. */
function spelledOut(type: string): string {
  const words = type
    .replace(/^ext:/i, '')
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : type;
}
