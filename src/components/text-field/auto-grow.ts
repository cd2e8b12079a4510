/** Whether the browser sizes a textarea to its content itself (CSS `field-sizing: content`). */
const nativeSizing = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * Lets a textarea grow with its text where `field-sizing: content` is not supported: its height follows
 * its scroll height (never below its CSS min-height). Through CSSOM, which a strict CSP allows.
 */
export function autoGrow(area: HTMLTextAreaElement): void {
  if (nativeSizing || !area.isConnected) return;
  area.style.height = 'auto';
  if (area.scrollHeight > 0) area.style.height = `${area.scrollHeight + 2}px`;
}
