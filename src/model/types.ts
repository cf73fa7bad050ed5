/**
 * The display model: one shape for every provider, so the elements render without knowing where a credential came from.
 * Every field but `id`, `title`, `provider` and `raw` is optional: real responses leave things out.
 */

/** Whose mapper reads a document: OB 3.0 (any verifiable credential), OB 2.0, a CLR, or a provider's record. */
export type Provider = 'ob3' | 'ob2' | 'clr' | 'accredible' | 'ibl';

export interface ImageView {
  url: string;
  alt?: string;
}

export interface IssuerView {
  id?: string;
  name: string;
  url?: string;
  image?: ImageView;
  email?: string;
  description?: string;
}

export interface RecipientView {
  name?: string;
  /** A DID, URL or email; never a hashed identity. */
  id?: string;
  email?: string;
  /** The institution's own id for the learner (an unhashed studentId, sisSourcedId, … identifier). */
  studentId?: string;
}

export interface ResultView {
  /** What was measured: "Final grade", "Credits", a rubric criterion. */
  label: string;
  /** The value as shown: "A", "92", "Proficient". */
  value: string;
  /** The kind of result (OB 3.0 resultType): GradePointAverage, LetterGrade, Percent, … */
  type?: string;
  status?: string;
}

export interface EvidenceView {
  name?: string;
  description?: string;
  narrative?: string;
  url?: string;
}

export interface EndorsementView {
  name?: string;
  issuer?: IssuerView;
  comment?: string;
  url?: string;
  date?: string;
  /** How the endorser knows the recipient (Accredible references: "taught", "managed", …). */
  relationship?: string;
}

export interface AlignmentView {
  name: string;
  url?: string;
  framework?: string;
  code?: string;
  description?: string;
}

export interface LinkView {
  rel: 'page' | 'badge-image' | 'certificate-image' | 'pdf' | 'verify' | 'other';
  url: string;
  label?: string;
}

export interface TemplateView {
  html: string;
  css?: string;
}

export interface SignatoryView {
  name: string;
  title?: string;
  image?: ImageView;
}

export interface CredentialView {
  /** A stable id: the credential's id, or the provider's id. */
  id: string;
  provider: Provider;
  title: string;
  description?: string;
  image?: ImageView;
  /** OB 3.0 achievementType (Course, Certificate, Diploma, Competency, …) or the provider's nearest. */
  achievementType?: string;
  criteria?: { narrative?: string; url?: string };
  issuer?: IssuerView;
  recipient?: RecipientView;
  /** ISO 8601 dates. */
  issued?: string;
  expires?: string;
  results: ResultView[];
  /** Credits earned (OB 3.0 creditsEarned), when given. */
  credits?: number;
  /** Credits the achievement is worth (OB 3.0 creditsAvailable): what a transcript counts as attempted. */
  creditsAvailable?: number;
  /** When it was awarded (OB 3.0 awardedDate; a degree's conferral date), ISO 8601. */
  awarded?: string;
  evidence: EvidenceView[];
  endorsements: EndorsementView[];
  alignments: AlignmentView[];
  /** Custom attributes (Accredible custom_attributes, ibl.ai metadata), as shown. */
  attributes: Record<string, string>;
  links: LinkView[];
  template?: TemplateView;
  signatories: SignatoryView[];
  tags: string[];
  /** Term or period (e.g. "Fall 2024"): a "term" result, or the season of the activity dates. */
  term?: string;
  /** The provider's grouping (Accredible group and its designs; ibl.ai program). */
  group?: { id?: string; name?: string; badgeDesignId?: string; certificateDesignId?: string };
  /** Whether the provider says it was revoked (distinct from a status-list check). */
  revoked?: boolean;
  /** The document as the provider sent it. */
  raw: unknown;
  /** The verifiable credential to verify, when there is one (OB 3.0 / CLR JSON-LD object or a VC-JWT string). */
  verifiable?: Record<string, unknown> | string;
}

export type AssociationType =
  | 'exactMatchOf'
  | 'isChildOf'
  | 'isParentOf'
  | 'isPartOf'
  | 'isPeerOf'
  | 'isRelatedTo'
  | 'precedes'
  | 'replacedBy';

export interface AssociationView {
  type: AssociationType | string;
  /** Achievement ids. */
  source: string;
  target: string;
}

export interface TranscriptEntry {
  /** Unique within the transcript: the credential's id (with `#2`, `#3`, … when a record repeats one). */
  key: string;
  /** The achievement id. Several entries share one when a record holds several credentials for it (a course retaken). */
  achievementId: string;
  /** The credential that asserts it. */
  credential: CredentialView;
  /** Ids of the entries this one groups (courses of a program, competencies of a course), from the association graph. */
  children: string[];
  /** Term or period, when it can be found (activity dates, a "term" result, …). */
  term?: string;
}

export interface TranscriptView {
  id: string;
  title: string;
  learner: RecipientView;
  issuer: IssuerView;
  issued?: string;
  /** One entry per nested credential, then one per achievement no credential asserts; in document order. */
  entries: TranscriptEntry[];
  /** Achievement ids of the entries with no parent: where a transcript starts grouping. */
  roots: string[];
  associations: AssociationView[];
  /**
   * Credits earned. `total` counts each achievement once, at its best result (see model/grades.ts); `byTerm` counts
   * every credential in its term; `repeats` is how many credentials the total leaves out for a better one.
   */
  credits: { total: number; byTerm: Record<string, number>; repeats: number };
  /** The ClrCredential, for verification and download. */
  raw: Record<string, unknown>;
}
