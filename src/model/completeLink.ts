/** A web link as people type it ("acme.example/jobs/1"), completed to one the extension opens. */
import { isSafeLink } from './safeLink';

/** `text` as a link that opens: unchanged when it already is one, with `https://` when it names a host, else undefined. */
export function completeLink(text: string): string | undefined {
  const trimmed = text.trim();
  if (isSafeLink(trimmed)) return trimmed;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(trimmed) && isSafeLink(`https://${trimmed}`)) return `https://${trimmed}`;
  return undefined;
}
