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
