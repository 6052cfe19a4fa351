// Knowledge network: constants shared by the knowledge module and its forms (no server imports).

/**
 * Everything the network shares is one kind of item with a type: the knowledge base (werkmodel,
 * draaiboek, statuten, publicatie, subsidie- of investeringsmogelijkheid, instrument), the catalogue
 * (opleiding, smart service), the project bank (project) and news (nieuws). One table, one share rule,
 * one search, one version history, one set of attachments (ADR 0012).
 */
export const KNOWLEDGE_TYPES = [
	'werkmodel',
	'draaiboek',
	'statuten',
	'publicatie',
	'subsidie',
	'instrument',
	'opleiding',
	'smart_service',
	'project',
	'nieuws'
] as const;
export type KnowledgeType = (typeof KNOWLEDGE_TYPES)[number];

/** The types of the knowledge base proper (the kennisbank page lists these). */
export const KNOWLEDGE_BASE_TYPES = [
	'werkmodel',
	'draaiboek',
	'statuten',
	'publicatie',
	'subsidie',
	'instrument'
] as const satisfies readonly KnowledgeType[];

export const KNOWLEDGE_THEMES = [
	'zorg_welzijn',
	'wonen',
	'energie_duurzaam',
	'ontmoeten',
	'vervoer',
	'voeding_gezondheid',
	'digitaal',
	'vrijwilligers',
	'organisatie_bestuur',
	'financien',
	'samenwerking'
] as const;
export type KnowledgeTheme = (typeof KNOWLEDGE_THEMES)[number];

/** How far an item is shared: its own organisation, the city coop (and its organisations), the whole
 * network, or everyone (also without an account). */
export const KNOWLEDGE_SCOPES = ['organisation', 'city', 'network', 'public'] as const;
export type KnowledgeScope = (typeof KNOWLEDGE_SCOPES)[number];

export const KNOWLEDGE_STATUSES = ['draft', 'published'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** Status of a project in the project bank. */
export const PROJECT_STATUSES = ['idee', 'lopend', 'afgerond'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** Attachments: what may be uploaded, decided from the file's content (magic bytes), never its name. */
export const ATTACHMENT_TYPES = {
	'application/pdf': 'pdf',
	'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
	'application/vnd.oasis.opendocument.text': 'odt',
	'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
	'application/vnd.oasis.opendocument.spreadsheet': 'ods',
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/webp': 'webp',
	'image/gif': 'gif'
} as const;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_ITEM = 10;

/** Subsidy deadlines shown as "coming" this many days ahead. */
export const DEADLINE_WINDOW_DAYS = 90;
