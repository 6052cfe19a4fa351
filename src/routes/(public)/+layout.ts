// Public pages (home, organisation pages, member overview, sign-in, mailbox) ship no JavaScript at all:
// they are plain server-rendered HTML and forms, fastest on an old phone.
export const csr = false;
