/** package.json as VS Code shows it: `%key%` placeholders replaced with their text from package.nls.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixtures';

/** Every `%key%` placeholder used anywhere in `value`. */
export function placeholdersIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    if (match) found.add(match[1]!);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) placeholdersIn(item, found);
  }
  return found;
}

function resolve(value: unknown, texts: Record<string, string>): unknown {
  if (typeof value === 'string') {
    const match = /^%([^%\s]+)%$/.exec(value);
    return match && match[1]! in texts ? texts[match[1]!] : value;
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, texts));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, texts)]));
  return value;
}

/** package.json with its English texts in place. */
export function readManifest(): unknown {
  const texts = JSON.parse(readFileSync(join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
  return resolve(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')), texts);
}
