// Runtime configuration from the environment, in one place. See README "Configuratie".
export const config = {
	get host() {
		return process.env.HOST ?? '127.0.0.1';
	},
	get port() {
		return Number(process.env.PORT ?? 3000);
	},
	/** Public base URL used in mails and by better-auth. */
	get origin() {
		return (
			process.env.ORIGIN ?? `http://${this.host === '0.0.0.0' ? 'localhost' : this.host}:${this.port}`
		).replace(/\/$/, '');
	},
	get dataDir() {
		return process.env.DATA_DIR ?? 'data';
	},
	/** The demo mailbox (/postvak) is open to everyone only in the demo: no SMTP server configured and
	 * demo seeding not switched off. A production install (SEED=0) without SMTP_URL cannot sign anyone
	 * in — it fails closed instead of publishing sign-in codes. */
	get demoMailbox() {
		if (process.env.DEMO_MAILBOX === '0' || process.env.SMTP_URL) return false;
		return process.env.DEMO_MAILBOX === '1' || process.env.SEED !== '0';
	}
};

export function absoluteUrl(path: string): string {
	return `${config.origin}${path.startsWith('/') ? path : `/${path}`}`;
}
