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
