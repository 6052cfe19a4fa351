/** Only same-site paths are followed after sign-in (no open redirect to another site). */
export function safeRedirectTarget(value: string | null | undefined, fallback = '/'): string {
	if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
	return value;
}
