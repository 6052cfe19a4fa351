import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { health } from '#lib/server/shared/health.ts';

// Liveness and readiness for load balancers: public, no personal data.
export const GET: RequestHandler = async () => {
	const result = await health();
	return json(result, { status: result.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
};
