// One line of feedback at the bottom of the page: what just happened, or what went wrong and what to do.
import { byId } from '../dom.ts';

let timer: ReturnType<typeof setTimeout> | undefined;

export function toast(message: string, kind: 'info' | 'error' = 'info'): void {
  const element = byId('toast');
  element.textContent = message;
  element.className = `toast ${kind}`;
  element.hidden = false;
  clearTimeout(timer);
  timer = setTimeout(() => (element.hidden = true), kind === 'error' ? 8000 : 3500);
}
