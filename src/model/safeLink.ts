/** Whether a link from the file may be opened: only web and mail links, never `command:` or `javascript:`. */
export function isSafeLink(text: string): boolean {
  try {
    const url = new URL(text);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) && !/\s/.test(text);
  } catch {
    return false;
  }
}
