/** Plans the write-backs for people: add a person, add a contact to an application, log a touch, set the next one. */
import * as l10n from '@vscode/l10n';
import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Application, IsoDate, Person } from './jobSearch';
import { listStyleOf } from './listStyle';
import { findPerson } from './network';
import type { ParsedJobSearch } from './parseJobSearch';
import { combinePlans, planAppend, type Plan } from './planEdits';
import type { TextEdit } from './textEdit';
import type { TouchKind } from './vocabulary';
import { addToMap, insertIntoSeq, removeFromMap, replaceScalar, type YamlValue } from './yamlEdits';
import { appendToKey, appendTopLevel, mapAt, pairOf } from './yamlNodes';

/** Someone to add under `people`, as Add Contact… collects them. */
export interface NewPerson {
  readonly name: string;
  readonly company?: string;
  readonly role?: string;
  readonly met?: string;
  readonly email?: string;
  readonly linkedin?: string;
  readonly connected?: IsoDate;
  readonly next?: IsoDate;
}

/** A contact to add to an application: a link to a listed person, or a name with what is known. */
export interface NewContact {
  readonly person?: string;
  readonly name?: string;
  readonly role?: string;
  readonly email?: string;
}

/** A touch to log. */
export interface NewTouch {
  readonly date: IsoDate;
  readonly kind: TouchKind;
  readonly notes?: string;
  readonly application?: string;
}

const goneError = (name: string): string => l10n.t('{0} is no longer under “people:” in job-search.yaml; they may have been renamed or removed.', name);
const aliasError = (): string => l10n.t('This person is written with a YAML alias; change it by hand.');
const blank = (text: string | undefined): string | undefined => text?.trim() || undefined;

/** Appends a person to `people`, creating the list when the file has none. */
export function planAddPerson(parsed: ParsedJobSearch, text: string, person: NewPerson): Plan {
  const entry: YamlValue = {
    name: person.name.trim(),
    company: blank(person.company),
    role: blank(person.role),
    met: blank(person.met),
    email: blank(person.email),
    linkedin: blank(person.linkedin),
    connected: person.connected,
    next: person.next,
  } as YamlValue;
  return appendTopLevel(parsed.document, text, 'people', [entry], listStyleOf(parsed.document));
}

/** Adds a contact to an application: `{person: Name}` for someone listed, else the name and what is known of them. */
export function planAddContact(parsed: ParsedJobSearch, text: string, application: Application, contact: NewContact): Plan {
  const entry: YamlValue = contact.person ? { person: contact.person.trim() } : ({ name: blank(contact.name), role: blank(contact.role), email: blank(contact.email) } as YamlValue);
  return planAppend(parsed, text, application, 'contacts', [entry]);
}

/** The person as the file holds them now, with their mapping; an error when they are gone or aliased. */
function personNode(parsed: ParsedJobSearch, person: Pick<Person, 'name'>): { current: Person; node: YAMLMap } | { error: string } {
  const current = findPerson(parsed.people, person.name);
  if (!current) return { error: goneError(person.name) };
  const node = mapAt(parsed.document.get('people', true) as Node | null | undefined, current.span.start);
  return node ? { current, node } : { error: aliasError() };
}

/**
 * Logs a touch where its date belongs among the person's touches (so they stay in date order), and sets or clears
 * when to reach out next, as one change: `next` undefined leaves it, null removes it.
 */
export function planLogTouch(parsed: ParsedJobSearch, text: string, person: Pick<Person, 'name'>, touch: NewTouch, next?: IsoDate | null): Plan {
  const found = personNode(parsed, person);
  if ('error' in found) return { error: found.error };
  const { current, node } = found;
  const style = listStyleOf(parsed.document);
  const entry: YamlValue = { date: touch.date, kind: touch.kind, application: blank(touch.application), notes: blank(touch.notes) } as YamlValue;
  const pair = pairOf(node, 'touches');
  const later = current.touches.findIndex((other) => other.date !== undefined && other.date > touch.date);
  const plans: Plan[] = [];
  if (pair && isSeq(pair.value) && later >= 0) plans.push({ edits: [insertIntoSeq(text, pair.value, later, [entry], 'touches', style)] });
  else plans.push(appendToKey(text, node, 'touches', [entry], style));
  if (next !== undefined) plans.push(planNextTouch(parsed, text, person, next));
  return combinePlans(...plans);
}

/** Sets when to reach out to a person next (replacing the date there), or removes it with null. */
export function planNextTouch(parsed: ParsedJobSearch, text: string, person: Pick<Person, 'name'>, next: IsoDate | null): Plan {
  const found = personNode(parsed, person);
  if ('error' in found) return { error: found.error };
  const { node } = found;
  const pair = pairOf(node, 'next');
  const edits: TextEdit[] = [];
  if (next === null) {
    const removal = removeFromMap(text, node, 'next');
    if (removal) edits.push(removal);
  } else if (pair && isScalar(pair.value)) edits.push(replaceScalar(pair.value, next));
  else if (pair) return { error: aliasError() };
  else edits.push(addToMap(text, node, [['next', next]], listStyleOf(parsed.document)));
  return { edits };
}
