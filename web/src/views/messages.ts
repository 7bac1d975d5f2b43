// Messages in the page: errors, notices and the empty state, so a problem is never a blank screen.
import { el, type Child } from './dom.ts';

/** How a message looks and how assistive technology announces it. */
export type MessageKind = 'error' | 'info';

/** Shows a dismissable message in the message area (errors are announced as alerts). */
export function showMessage(area: HTMLElement, kind: MessageKind, title: string, ...detail: Child[]): void {
  const close = el('button', { className: 'close', attrs: { type: 'button', 'aria-label': 'Dismiss' } }, '×');
  const message = el('div', { className: `message ${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status', 'data-kind': kind } }, el('strong', {}, title), detail.length ? el('div', {}, ...detail) : null, close);
  close.addEventListener('click', () => message.remove());
  area.replaceChildren(message);
}

/** Removes any message. */
export function clearMessages(area: HTMLElement): void {
  area.replaceChildren();
}

/** Fills the graph area's empty-state overlay (shown when no graph is loaded); pass null to hide it. */
export function setEmptyState(overlay: HTMLElement, content: { title: string; detail: Child[] } | null): void {
  overlay.hidden = content === null;
  if (content) overlay.replaceChildren(el('h2', {}, content.title), el('p', {}, ...content.detail));
}
