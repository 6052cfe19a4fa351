import { z } from 'zod';
import { getDb } from '../../db/client.ts';
import type { Actor } from '../../shared/actor.ts';
import { config } from '../../shared/config.ts';
import { parseInput } from '../../shared/errors.ts';
import { authorize, can } from '../../shared/policy.ts';
import { optionalText } from '../../shared/zod.ts';
import { listByKind } from '../organisations/organisations.usecases.ts';
import * as repo from './outbox.repository.ts';

const outboxFilter = z.object({ aan: optionalText(254) });

/**
 * The outbox as a mailbox page. While no SMTP server is configured (the demo), anyone may read it — that
 * is how demo sign-in codes arrive. With SMTP configured only network beheerders may.
 */
export async function readOutbox(actor: Actor, filter: unknown) {
	if (config.demoMailbox) {
		authorize(actor, 'organisation.viewPublic', { orgId: '', ancestorIds: [] });
	} else {
		const networks = await listByKind('network');
		const network = networks.find((n) => can(actor, 'outbox.read', { orgId: n.id, ancestorIds: [] }));
		authorize(actor, 'outbox.read', { orgId: network?.id ?? '', ancestorIds: [] });
	}
	const { aan } = parseInput(outboxFilter, filter);
	const mails = await repo.latest(await getDb(), { to: aan, limit: 30 });
	return { mails, to: aan ?? '', demo: config.demoMailbox };
}
