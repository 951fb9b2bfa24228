/** Updates a parse after an edit. */
import { parseJobSearch, type ParsedJobSearch } from './parseJobSearch';

/** The parse of `text`, reusing what it can of `previous` (the parse of the text before the edit). */
export function reparseJobSearch(_previous: ParsedJobSearch, text: string): ParsedJobSearch {
  return parseJobSearch(text);
}
