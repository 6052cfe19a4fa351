import type { Actor } from '../../shared/actor.ts';
import type { Executor } from '../../db/client.ts';
import { auditLog } from './audit.table.ts';

export interface AuditEntry {
	action: string;
	subjectType: string;
	subjectId?: string | null;
	orgId?: string | null;
	details?: Record<string, unknown>;
}

/** Writes one audit row in the caller's transaction, so the record and the change land together. */
export async function audit(tx: Executor, actor: Actor, entry: AuditEntry): Promise<void> {
	await tx.insert(auditLog).values({
		actorPersonId: actor.kind === 'person' ? actor.personId : null,
		actorUserId: actor.kind === 'person' ? actor.userId : null,
		orgId: entry.orgId ?? null,
		action: entry.action,
		subjectType: entry.subjectType,
		subjectId: entry.subjectId ?? null,
		details: actor.kind === 'system' ? { ...entry.details, system: actor.reason } : (entry.details ?? {})
	});
}
