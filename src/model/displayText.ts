/** Text from the file made literal where VS Code reads markup in plain strings: icons in labels, links in notifications. */

/** Escapes `$(name)` so a lens title or status bar text shows it as written instead of drawing an icon. */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

/**
 * Breaks `[label](target)` link syntax with a zero-width space, because notifications turn it into a clickable link,
 * including `command:` links; the message reads the same.
 */
export function inNotification(text: string): string {
  return text.replace(/\]\(/g, ']\u200B(');
}
