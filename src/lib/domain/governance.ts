// Cooperative governance: constants shared by the governance module and its forms (no server imports).

/** draft → convened (invitations sent) → held → closed (minutes done). */
export const MEETING_STATUSES = ['draft', 'convened', 'held', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** voor / tegen / onthouding, or a choice between named options. */
export const PROPOSAL_KINDS = ['yes_no', 'choice'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];
export const YES_NO_OPTIONS = ['voor', 'tegen', 'onthouding'] as const;

export const BALLOTS = ['open', 'secret'] as const;
export type Ballot = (typeof BALLOTS)[number];

/** simple: more voor than tegen; two_thirds: at least two thirds of voor + tegen. Abstentions count for the
 * quorum (they took part) but not for the majority. */
export const MAJORITIES = ['simple', 'two_thirds'] as const;
export type Majority = (typeof MAJORITIES)[number];

export const PROPOSAL_STATUSES = ['draft', 'open', 'closed'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** How a vote reached us: online by the member, online by their proxy, or entered by bestuur from paper
 * or a count in the room. */
export const VOTE_CHANNELS = ['online', 'proxy', 'paper'] as const;
export type VoteChannel = (typeof VOTE_CHANNELS)[number];

export const OUTCOMES = ['adopted', 'rejected', 'no_quorum', 'tie'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Statutory defaults; an organisation may set its own. */
export const DEFAULT_NOTICE_DAYS = 14;
export const DEFAULT_MAX_PROXIES = 1;
export const MAX_CHOICE_OPTIONS = 10;
