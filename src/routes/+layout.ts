// Every page is server-rendered HTML with plain forms and ships no JavaScript (ADR 0009): fastest on an
// old phone, nothing to break for screen readers or without JS. A page that really needs client-side code
// (e.g. autosave) opts in with `export const csr = true` in its own +page.ts.
export const csr = false;
