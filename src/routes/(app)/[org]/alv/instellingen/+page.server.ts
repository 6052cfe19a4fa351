import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { handleForm } from '#lib/server/http/forms.ts';
import {
	governanceSettings,
	saveGovernanceSettings
} from '#lib/server/modules/governance/governance.usecases.ts';
import { resolveOrganisation } from '#lib/server/modules/organisations/organisations.usecases.ts';
import { authorize } from '#lib/server/shared/policy.ts';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { org, scope } = await resolveOrganisation(params.org);
	const settings = await governanceSettings(locals.actor, org.id);
	// Members may read the rules (the meeting page shows them), but this page is for bestuur: 403.
	authorize(locals.actor, 'governance.manage', scope);
	return { org, ...settings, saved: url.searchParams.has('opgeslagen') };
};

export const actions: Actions = {
	default: async ({ locals, params, request }) =>
		handleForm(
			request,
			async (values) =>
				saveGovernanceSettings(locals.actor, (await resolveOrganisation(params.org)).org.id, values),
			() => redirect(303, localizeHref(`/${params.org}/alv/instellingen?opgeslagen=1`))
		)
};
