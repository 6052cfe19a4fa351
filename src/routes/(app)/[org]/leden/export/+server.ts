import type { RequestHandler } from './$types';
import { m } from '#lib/paraglide/messages.js';
import { label } from '#lib/i18n.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { exportRegister } from '#lib/server/modules/members/members.usecases.ts';
import { slugify } from '#lib/server/shared/slug.ts';

// The member register (ledenregister) a coöperatie U.A. must keep, as CSV for bestuur.
export const GET: RequestHandler = async ({ locals, params }) => {
	const { org } = await resolveOrganisation(params.org);
	const csv = await exportRegister(locals.actor, org.id, {
		role: (r) => label('role', r),
		status: (st) => label('status', st),
		headers: {
			name: m.field_name(),
			address: m.field_address(),
			postcode: m.field_postcode(),
			city: m.field_city(),
			email: m.field_email(),
			phone: m.field_phone(),
			area: m.field_buurt(),
			roles: m.field_role(),
			status: m.field_status(),
			joined: m.field_joined(),
			ended: m.field_ended()
		}
	});
	const day = new Date().toISOString().slice(0, 10);
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="ledenregister-${slugify(org.name)}-${day}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
