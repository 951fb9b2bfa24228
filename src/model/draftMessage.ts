/** Reads a finished draft back (subject and body) and builds the `mailto:` link that hands it to a mail client. */

/** The subject and body of a draft document. */
export interface DraftMessage {
  readonly subject: string;
  readonly body: string;
}

/** Splits a draft into its `Subject:` line (plain or `**Subject:**`) and the message below it. */
export function parseDraft(text: string): DraftMessage {
  const normalized = text.replace(/\r\n/g, '\n');
  const match = /^(?:\*\*Subject:\*\*|Subject:)[ \t]*(.*)\n/.exec(normalized);
  if (!match) return { subject: '', body: normalized.trim() };
  return { subject: match[1]!.trim(), body: normalized.slice(match[0].length).trim() };
}

/** A `mailto:` link with the recipient, subject and body percent-encoded (spaces as %20, line breaks as %0D%0A). */
export function mailtoLink(to: string | undefined, message: DraftMessage): string {
  const encode = (value: string): string => encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  const params = [message.subject && `subject=${encode(message.subject)}`, message.body && `body=${encode(message.body.replace(/\n/g, '\r\n'))}`].filter(Boolean);
  return `mailto:${to ? encode(to).replace(/%40/g, '@') : ''}${params.length ? `?${params.join('&')}` : ''}`;
}
