/** What an organisation is to the APIs: who its clients act for. */
export const ORGANISATION_KINDS = ['recognising_organisation', 'centre', 'local_administrator', 'exam_board'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
