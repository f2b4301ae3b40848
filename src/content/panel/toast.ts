// The short confirmation after inserting, with how to undo: outside the closed panel, on its own.
import { createOurElement, ours } from '../our-elements';

// !important on :host, as the panel's: the page's own !important rules on div reach the host element.
const CSS = `:host{all:initial!important;position:fixed!important;left:50%!important;bottom:24px!important;transform:translateX(-50%)!important;z-index:2147483647!important}
p{margin:0;padding:10px 16px;border-radius:8px;background:#303134;color:#f1f3f4;font:14px/1.4 Roboto,"Segoe UI",system-ui,sans-serif;box-shadow:0 4px 12px rgba(0,0,0,.3)}`;

export function showToast(text: string, ms = 6000): void {
  document.querySelector(ours('toast'))?.remove();
  const { host, shadow } = createOurElement('toast', CSS);
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.textContent = text;
  shadow.append(line);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), ms);
}
