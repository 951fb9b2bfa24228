/** How people, contacts and applications point at each other: names and "Company / Role" references, matched loosely. */
import type { Application, Contact, JobSearch, Person, Touch } from './jobSearch';

/** A name or company as compared: trimmed, lower case, single spaces. */
export const nameKey = (text: string | undefined): string => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** A touch's or reply's reference to an application ("Company" or "Company / Role") as compared. */
export function referenceKey(reference: string): string {
  const [company, ...role] = reference.split(' / ');
  return role.length ? `${nameKey(company)} / ${nameKey(role.join(' / '))}` : nameKey(company);
}

/** How a touch names an application: the company alone, or with its role when the company has several. */
export function referenceOf(application: Pick<Application, 'company' | 'role'>, applications: readonly Pick<Application, 'company' | 'role'>[]): string {
  const company = application.company.trim();
  const twins = applications.filter((other) => nameKey(other.company) === nameKey(company));
  return twins.length > 1 && application.role ? `${company} / ${application.role.trim()}` : company;
}

/** Each people list's names, built on the first lookup: a list never changes once parsed, so it can be reused. */
const byNameOf = new WeakMap<readonly Person[], ReadonlyMap<string, Person>>();

/** The person listed under `people` with this name (the first, when a name is listed twice). */
export function findPerson(people: readonly Person[], name: string | undefined): Person | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  let byName = byNameOf.get(people);
  if (!byName) {
    const built = new Map<string, Person>();
    for (const person of people) if (!built.has(nameKey(person.name))) built.set(nameKey(person.name), person);
    byNameOf.set(people, (byName = built));
  }
  return byName.get(key);
}

/** The applications a reference names: the one with that company and role, or every one at that company. */
export function applicationsNamed(applications: readonly Application[], reference: string): Application[] {
  const key = referenceKey(reference);
  return applications.filter((application) => nameKey(application.company) === key || `${nameKey(application.company)} / ${nameKey(application.role)}` === key);
}

/** Who a contact is: the person it names (or that shares its name), else nobody listed. */
export function personOfContact(people: readonly Person[], contact: Contact): Person | undefined {
  return findPerson(people, contact.person ?? contact.name);
}

/** A contact with the linked person's details filling in what the contact itself leaves out. */
export function withPersonDetails(contact: Contact, person: Person | undefined): Contact {
  if (!person) return contact;
  return {
    ...contact,
    role: contact.role ?? person.role,
    email: contact.email ?? person.email,
    phone: contact.phone ?? person.phone,
    linkedin: contact.linkedin ?? person.linkedin,
  };
}

/** People's links to applications, built once per file: by contact, and by touches about an application. */
export interface NetworkIndex {
  /** The applications a person is a contact of or was in touch about, in file order. */
  applicationsOf(person: Person): readonly Application[];
  /** The people linked to an application, in `people` order. */
  peopleOf(application: Application): readonly Person[];
  /** The person who gave a referral for the application, with the touch that says so. */
  referralFor(application: Application): { readonly person: Person; readonly touch: Touch } | undefined;
}

/** Each parse's links, built once: the trees, the dashboard and the commands all ask for the same file's. */
const indexes = new WeakMap<readonly Application[], WeakMap<readonly Person[], NetworkIndex>>();

/** The links of `search`, built on first use in one pass over contacts and touches. */
export function networkIndex(search: Pick<JobSearch, 'applications' | 'people'>): NetworkIndex {
  let byPeople = indexes.get(search.applications);
  if (!byPeople) indexes.set(search.applications, (byPeople = new WeakMap()));
  let index = byPeople.get(search.people);
  if (!index) byPeople.set(search.people, (index = buildIndex(search)));
  return index;
}

function buildIndex(search: Pick<JobSearch, 'applications' | 'people'>): NetworkIndex {
  const byName = new Map(search.people.map((person) => [nameKey(person.name), person] as const));
  const byReference = new Map<string, Application[]>();
  for (const application of search.applications) {
    for (const key of [nameKey(application.company), `${nameKey(application.company)} / ${nameKey(application.role)}`]) {
      const list = byReference.get(key) ?? [];
      if (!list.includes(application)) list.push(application);
      byReference.set(key, list);
    }
  }
  const apps = new Map<Person, Set<Application>>();
  const people = new Map<Application, Set<Person>>();
  const referrals = new Map<Application, { person: Person; touch: Touch }>();
  const link = (person: Person, application: Application): void => {
    if (!apps.has(person)) apps.set(person, new Set());
    apps.get(person)!.add(application);
    if (!people.has(application)) people.set(application, new Set());
    people.get(application)!.add(person);
  };
  for (const application of search.applications) {
    for (const contact of application.contacts) {
      const person = byName.get(nameKey(contact.person ?? contact.name));
      if (person) link(person, application);
    }
  }
  for (const person of search.people) {
    for (const touch of person.touches) {
      if (!touch.application) continue;
      for (const application of byReference.get(referenceKey(touch.application)) ?? []) {
        link(person, application);
        if (touch.kind === 'referral-given') referrals.set(application, { person, touch });
      }
    }
  }
  const order = new Map(search.applications.map((application, index) => [application, index] as const));
  const peopleOrder = new Map(search.people.map((person, index) => [person, index] as const));
  // Sorted once per person or application, on first request.
  const sortedApps = new Map<Person, readonly Application[]>();
  const sortedPeople = new Map<Application, readonly Person[]>();
  const none: readonly never[] = [];
  return {
    applicationsOf: (person) => {
      const linked = apps.get(person);
      if (!linked) return none;
      let sorted = sortedApps.get(person);
      if (!sorted) sortedApps.set(person, (sorted = [...linked].sort((a, b) => order.get(a)! - order.get(b)!)));
      return sorted;
    },
    peopleOf: (application) => {
      const linked = people.get(application);
      if (!linked) return none;
      let sorted = sortedPeople.get(application);
      if (!sorted) sortedPeople.set(application, (sorted = [...linked].sort((a, b) => peopleOrder.get(a)! - peopleOrder.get(b)!)));
      return sorted;
    },
    referralFor: (application) => referrals.get(application),
  };
}

/** The latest touch with a date. */
export function lastTouch(person: Person): Touch | undefined {
  return person.touches.filter((touch) => touch.date).reduce<Touch | undefined>((latest, touch) => (!latest || touch.date! >= latest.date! ? touch : latest), undefined);
}

/** The company a reference names, as compared. */
const companyKey = (reference: string): string => referenceKey(reference).split(' / ')[0]!;

/** Whether a referral asked of this person is still open: asked, and no answer (given or declined) dated after it. */
export function openReferralAsk(person: Person): Touch | undefined {
  let open: Touch | undefined;
  for (const touch of [...person.touches].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0))) {
    if (touch.kind === 'referral-asked') open = touch;
    else if ((touch.kind === 'referral-given' || touch.kind === 'referral-declined') && open && (!open.application || !touch.application || companyKey(open.application) === companyKey(touch.application))) open = undefined;
  }
  return open;
}
