/** Remembers the latest parse of each file by version, so repeated requests for an unchanged version never parse. */
import { parseJobSearch, type ParsedJobSearch } from './parseJobSearch';
import { reparseJobSearch } from './reparseJobSearch';

interface Cached {
  readonly version: number;
  readonly parsed: ParsedJobSearch;
}

/** Parses per file and version; a new version is re-parsed from the previous one, which is cheaper for small edits. */
export class ParseCache {
  private readonly entries = new Map<string, Cached>();
  private count = 0;

  /** How many times text was parsed, for tests and the benchmark. */
  get parses(): number {
    return this.count;
  }

  /** The parse of `key` at `version`; `text` is only read when that version has not been parsed yet. */
  get(key: string, version: number, text: () => string): ParsedJobSearch {
    const cached = this.entries.get(key);
    if (cached && cached.version === version) return cached.parsed;
    return this.put(key, version, text());
  }

  /** Parses `text` as `version` of `key`, replacing what was cached. */
  put(key: string, version: number, text: string): ParsedJobSearch {
    const previous = this.entries.get(key)?.parsed;
    this.count++;
    const parsed = previous ? reparseJobSearch(previous, text) : parseJobSearch(text);
    this.entries.set(key, { version, parsed });
    return parsed;
  }

  /** The last parse of `key`, whatever its version. */
  latest(key: string): ParsedJobSearch | undefined {
    return this.entries.get(key)?.parsed;
  }

  /** Forgets `key`. */
  delete(key: string): void {
    this.entries.delete(key);
  }
}
