// Mail texts, always in the recipient's language, from the same message files as the UI.
import { m } from '#lib/paraglide/messages.js';
import { isLocale, baseLocale, type Locale } from '#lib/paraglide/runtime.js';
import { absoluteUrl } from '../../shared/config.ts';
import type { NewMail } from './outbox.repository.ts';

export function asLocale(value: string | null | undefined): Locale {
	return value && isLocale(value) ? value : baseLocale;
}

function mail(
	to: string,
	kind: string,
	locale: Locale,
	subject: string,
	body: string[],
	orgId?: string | null
): NewMail {
	const text = [...body, '', m.mail_footer({}, { locale })].join('\n');
	return { to, kind, subject, text, orgId };
}

export function signInCodeMail(to: string, code: string, locale: Locale): NewMail {
	return mail(to, 'auth.code', locale, m.mail_code_subject({ code }, { locale }), [
		m.mail_code_body({ code }, { locale }),
		'',
		m.mail_code_ignore({}, { locale })
	]);
}

export function joinReceivedMail(to: string, orgName: string, locale: Locale, orgId: string): NewMail {
	return mail(
		to,
		'member.join_received',
		locale,
		m.mail_join_received_subject({ org: orgName }, { locale }),
		[m.mail_join_received_body({ org: orgName }, { locale })],
		orgId
	);
}

export function joinRequestForStaffMail(
	to: string,
	orgName: string,
	applicant: string,
	orgSlug: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'member.join_request',
		locale,
		m.mail_join_staff_subject({ org: orgName }, { locale }),
		[
			m.mail_join_staff_body({ org: orgName, name: applicant }, { locale }),
			absoluteUrl(`/${orgSlug}/aanmeldingen`)
		],
		orgId
	);
}

export function joinApprovedMail(
	to: string,
	orgName: string,
	orgSlug: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'member.join_approved',
		locale,
		m.mail_join_approved_subject({ org: orgName }, { locale }),
		[m.mail_join_approved_body({ org: orgName }, { locale }), absoluteUrl(`/${orgSlug}`)],
		orgId
	);
}

export function joinDeclinedMail(
	to: string,
	orgName: string,
	reason: string | undefined,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'member.join_declined',
		locale,
		m.mail_join_declined_subject({ org: orgName }, { locale }),
		[
			m.mail_join_declined_body({ org: orgName }, { locale }),
			...(reason ? ['', m.mail_join_declined_reason({ reason }, { locale })] : [])
		],
		orgId
	);
}

// ---------------------------------------------------------------- Vraag en aanbod

/** What a request is about, as a mail line: "Boodschappen, do 26 november 10:00". */
export interface HelpSummary {
	category: { key: string; name: string | null };
	date: string | null;
	timeFrom: string | null;
	areaName: string | null;
}

export function categoryName(category: { key: string; name: string | null }, locale: Locale): string {
	if (category.name) return category.name;
	const fn = (m as unknown as Record<string, (p: object, o: { locale: Locale }) => string>)[
		`category_${category.key}`
	];
	return fn ? fn({}, { locale }) : category.key;
}

function when(date: string | null, time: string | null, locale: Locale): string {
	if (!date) return m.help_when_flexible({}, { locale });
	const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(new Date(`${date}T12:00:00Z`));
	return time ? `${day} ${time}` : day;
}

function summary(h: HelpSummary, locale: Locale): string {
	return [categoryName(h.category, locale), when(h.date, h.timeFrom, locale), h.areaName]
		.filter(Boolean)
		.join(', ');
}

export function helpInvitationMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	token: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.invitation',
		locale,
		m.mail_help_invitation_subject({ what: summary(h, locale) }, { locale }),
		[
			m.mail_help_invitation_body({ org: orgName, what: summary(h, locale) }, { locale }),
			'',
			absoluteUrl(`/uitnodiging/${token}`)
		],
		orgId
	);
}

export function helpTakenMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.taken',
		locale,
		m.mail_help_taken_subject({}, { locale }),
		[m.mail_help_taken_body({ org: orgName, what: summary(h, locale) }, { locale })],
		orgId
	);
}

export function helpCalledOffMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.called_off',
		locale,
		m.mail_help_called_off_subject({ what: summary(h, locale) }, { locale }),
		[m.mail_help_called_off_body({ what: summary(h, locale), org: orgName }, { locale })],
		orgId
	);
}

export function helpMatchedResidentMail(
	to: string,
	h: HelpSummary,
	volunteerFirstName: string,
	orgName: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.matched_resident',
		locale,
		m.mail_help_matched_resident_subject({}, { locale }),
		[
			m.mail_help_matched_resident_body(
				{ name: volunteerFirstName, what: summary(h, locale), org: orgName },
				{ locale }
			)
		],
		orgId
	);
}

export function helpMatchedVolunteerMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	taskPath: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.matched_volunteer',
		locale,
		m.mail_help_matched_volunteer_subject({ what: summary(h, locale) }, { locale }),
		[m.mail_help_matched_volunteer_body({ org: orgName }, { locale }), absoluteUrl(taskPath)],
		orgId
	);
}

export function helpReceivedMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.received',
		locale,
		m.mail_help_received_subject({ org: orgName }, { locale }),
		[m.mail_help_received_body({ what: summary(h, locale), org: orgName }, { locale })],
		orgId
	);
}

export function helpReminderMail(
	to: string,
	h: HelpSummary,
	orgName: string,
	path: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.reminder',
		locale,
		m.mail_help_reminder_subject({ what: summary(h, locale) }, { locale }),
		[m.mail_help_reminder_body({ what: summary(h, locale), org: orgName }, { locale }), absoluteUrl(path)],
		orgId
	);
}

export function helpDigestMail(
	to: string,
	items: HelpSummary[],
	orgName: string,
	orgSlug: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'help.digest',
		locale,
		m.mail_help_digest_subject({ count: items.length, org: orgName }, { locale }),
		[
			m.mail_help_digest_body({ org: orgName }, { locale }),
			'',
			...items.map((h) => `- ${summary(h, locale)}`),
			'',
			m.mail_help_digest_how({}, { locale }),
			absoluteUrl(`/${orgSlug}/aanbod`)
		],
		orgId
	);
}

// ---------------------------------------------------------------- activities

/** What an activity is, as mail lines: its title, when and where. */
export interface ActivitySummary {
	title: string;
	startsAt: Date;
	endsAt: Date;
	where: string;
}

function activityWhen(a: ActivitySummary, locale: Locale): string {
	const tag = locale === 'en' ? 'en-GB' : 'nl-NL';
	const day = new Intl.DateTimeFormat(tag, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'Europe/Amsterdam'
	}).format(a.startsAt);
	const time = new Intl.DateTimeFormat(tag, { timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
	return `${day} ${time.format(a.startsAt)}–${time.format(a.endsAt)}`;
}

function activityLines(a: ActivitySummary, locale: Locale): string[] {
	return [
		`${a.title}`,
		m.mail_activity_when({ when: activityWhen(a, locale) }, { locale }),
		...(a.where ? [m.mail_activity_where({ where: a.where }, { locale })] : [])
	];
}

export function activitySignedUpMail(
	to: string,
	a: ActivitySummary,
	waitlist: boolean,
	orgName: string,
	path: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		waitlist ? 'activity.waitlisted' : 'activity.signed_up',
		locale,
		waitlist
			? m.mail_activity_waitlist_subject({ title: a.title }, { locale })
			: m.mail_activity_signedup_subject({ title: a.title }, { locale }),
		[
			waitlist
				? m.mail_activity_waitlist_body({ org: orgName }, { locale })
				: m.mail_activity_signedup_body({ org: orgName }, { locale }),
			'',
			...activityLines(a, locale),
			'',
			m.mail_activity_signoff_how({}, { locale }),
			absoluteUrl(path)
		],
		orgId
	);
}

export function activityPromotedMail(
	to: string,
	a: ActivitySummary,
	orgName: string,
	path: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'activity.promoted',
		locale,
		m.mail_activity_promoted_subject({ title: a.title }, { locale }),
		[
			m.mail_activity_promoted_body({ org: orgName }, { locale }),
			'',
			...activityLines(a, locale),
			'',
			m.mail_activity_signoff_how({}, { locale }),
			absoluteUrl(path)
		],
		orgId
	);
}

export function activityReminderMail(
	to: string,
	a: ActivitySummary,
	orgName: string,
	path: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'activity.reminder',
		locale,
		m.mail_activity_reminder_subject({ title: a.title }, { locale }),
		[
			m.mail_activity_reminder_body({ org: orgName }, { locale }),
			'',
			...activityLines(a, locale),
			'',
			m.mail_activity_signoff_how({}, { locale }),
			absoluteUrl(path)
		],
		orgId
	);
}

export function activityChangedMail(
	to: string,
	a: ActivitySummary,
	orgName: string,
	path: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'activity.changed',
		locale,
		m.mail_activity_changed_subject({ title: a.title }, { locale }),
		[
			m.mail_activity_changed_body({ org: orgName }, { locale }),
			'',
			...activityLines(a, locale),
			'',
			absoluteUrl(path)
		],
		orgId
	);
}

export function activityCancelledMail(
	to: string,
	a: ActivitySummary,
	reason: string,
	orgName: string,
	locale: Locale,
	orgId: string
): NewMail {
	return mail(
		to,
		'activity.cancelled',
		locale,
		m.mail_activity_cancelled_subject({ title: a.title }, { locale }),
		[
			m.mail_activity_cancelled_body({ org: orgName }, { locale }),
			'',
			...activityLines(a, locale),
			m.mail_activity_cancelled_reason({ reason }, { locale })
		],
		orgId
	);
}

// ---------------------------------------------------------------- knowledge network

export function deadlineDigestMail(
	to: string,
	items: { id: string; title: string; deadline: string; funder: string }[],
	locale: Locale
): NewMail {
	const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	});
	return mail(
		to,
		'knowledge.deadlines',
		locale,
		m.mail_deadlines_subject({ count: items.length }, { locale }),
		[
			m.mail_deadlines_body({}, { locale }),
			'',
			...items.flatMap((i) => [
				`- ${day.format(new Date(`${i.deadline}T12:00:00Z`))}: ${i.title}${i.funder ? ` (${i.funder})` : ''}`,
				`  ${absoluteUrl(`/kennis/${i.id}`)}`
			]),
			'',
			m.mail_deadlines_stop({}, { locale }),
			absoluteUrl('/kennis/subsidies')
		]
	);
}

// ---------------------------------------------------------------- governance

export function meetingInvitationMail(
	to: string,
	meeting: { title: string; startsAt: Date; place: string | null; onlineUrl: string | null; id: string },
	agenda: string[],
	org: { name: string; slug: string; id: string },
	locale: Locale
): NewMail {
	const when = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Amsterdam'
	}).format(meeting.startsAt);
	return mail(
		to,
		'governance.invitation',
		locale,
		m.mail_meeting_subject({ title: meeting.title, org: org.name }, { locale }),
		[
			m.mail_meeting_body({ org: org.name, title: meeting.title }, { locale }),
			'',
			m.mail_activity_when({ when }, { locale }),
			...(meeting.place ? [m.mail_activity_where({ where: meeting.place }, { locale })] : []),
			...(meeting.onlineUrl ? [m.mail_meeting_online({ url: meeting.onlineUrl }, { locale })] : []),
			'',
			...(agenda.length
				? [m.mail_meeting_agenda({}, { locale }), ...agenda.map((a, i) => `${i + 1}. ${a}`), '']
				: []),
			m.mail_meeting_more({}, { locale }),
			absoluteUrl(`/${org.slug}/alv/${meeting.id}`)
		],
		org.id
	);
}
