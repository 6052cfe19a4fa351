import type { Actor } from '#lib/server/shared/actor.ts';

declare global {
	namespace App {
		interface Locals {
			actor: Actor;
		}
		interface Error {
			message: string;
			/** Message key for the friendly error page. */
			key?: string;
			/** Reference shown to the user and written to the log for unknown errors. */
			id?: string;
		}
	}
}

export {};
