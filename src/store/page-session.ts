// This page's session id (issue 19 item 3: a forget can be undone "until the page closes"). Made
// once per page load and sent with every forget and undo; the engine lets a page undo only the
// forgets made with its own id, so after a reload (a new id) every earlier forget is final. The
// worker may restart within a page (after a crash): the id lives on the page, so undo survives it.
export const PAGE_SESSION = `page-${crypto.randomUUID()}`;
