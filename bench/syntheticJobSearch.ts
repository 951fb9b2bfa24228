/** Writes deterministic, realistic job-search.yaml files of any size, for the benchmark and the big-file tests. */

/** A small seeded generator (mulberry32), so the same count always gives the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark Industries', 'Wayne Enterprises', 'Soylent', 'Tyrell', 'Cyberdyne', 'Wonka', 'Vandelay'];
const SUFFIXES = ['Labs', 'Systems', 'Cloud', 'Health', 'Pay', 'Robotics', 'Analytics', 'Games'];
const ROLES = ['Backend Engineer', 'Senior Frontend Engineer', 'Platform Engineer', 'Staff Engineer', 'Site Reliability Engineer', 'Data Engineer', 'Full-Stack Developer'];
const PEOPLE = ['Jamie Lee', 'Sam Ortiz', 'Priya Nair', 'Chen Wei', 'Ana Souza', 'Tom Becker', 'Fatima Khan', 'Ola Nordmann'];
const SKILLS = ['system design', 'caching', 'Kubernetes', 'SQL tuning', 'TypeScript generics', 'distributed tracing', 'behavioural answers', 'algorithms'];
const INTERVIEW_KINDS = ['screening', 'technical', 'system-design', 'behavioral', 'final'];
const STATUSES = ['wishlist', 'applied', 'screening', 'interviewing', 'offer', 'rejected', 'rejected', 'withdrawn', 'ghosted'];
const FLOW_ORDER = ['applied', 'screening', 'interviewing'];

/** A `YYYY-MM-DD` date `days` after 2024-01-01. */
function day(days: number): string {
  return new Date(Date.UTC(2024, 0, 1 + days)).toISOString().slice(0, 10);
}

const SOURCES = ['Referral', 'LinkedIn', 'company careers page', 'Recruiter (agency)'];

/** The text of a job-search.yaml with `count` applications and a training plan about a tenth that size. */
export function syntheticJobSearch(count: number, seed = 1): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const lines: string[] = [
    '# A synthetic job search for benchmarks: every value is made up.',
    'profile:',
    '  name: Alex Doe',
    '  email: alex@example.com',
    '  goals: {applications: 5, outreach: 3, training: 2}',
    '',
    'applications:',
  ];
  const companies: string[] = [];
  for (let index = 0; index < count; index++) {
    // Every 25th application goes back to a company from earlier, as people do.
    const company = index % 25 === 24 ? companies[index - 20]! : `${pick(COMPANIES)} ${pick(SUFFIXES)} ${index + 1}`;
    companies.push(company);
    const status = pick(STATUSES);
    const start = Math.floor((index / Math.max(count, 1)) * 1000) + Math.floor(next() * 20);
    const contact = pick(PEOPLE);
    if (index % 7 === 0) lines.push(`  # Batch ${index / 7 + 1}: found through ${pick(['referrals', 'a meetup', 'the job board', 'a recruiter'])}.`);
    lines.push(`  - company: ${company}`, `    role: ${pick(ROLES)}`, `    status: ${status}`, `    link: https://jobs.example/${index + 1}`);
    // Where it came from, the résumé sent and (every tenth) a saved posting, from the index: no extra random draws.
    lines.push(`    source: ${SOURCES[index % SOURCES.length]}`, `    resume: v${(index % 3) + 1}`);
    if (index % 10 === 5) lines.push(`    posting: postings/${index + 1}.md`);
    if (next() < 0.5) lines.push(`    location: ${pick(['Remote', 'Berlin', 'Lisbon', 'Toronto', 'Hybrid, London'])}`);
    if (status === 'wishlist') {
      lines.push('    notes: Looks interesting; read the engineering blog first.');
      continue;
    }
    lines.push('    history:            # when each stage happened');
    lines.push(`      - {date: ${day(start)}, status: applied}`);
    const reached = status === 'applied' ? 0 : FLOW_ORDER.indexOf(status) > 0 ? FLOW_ORDER.indexOf(status) : 2;
    for (let stage = 1; stage <= reached; stage++) lines.push(`      - {date: ${day(start + stage * 6)}, status: ${FLOW_ORDER[stage]}}`);
    if (!FLOW_ORDER.includes(status)) lines.push(`      - {date: ${day(start + 20)}, status: ${status}}`);
    lines.push('    contacts:', `      - {name: ${contact}, role: Recruiter, email: ${contact.split(' ')[0]!.toLowerCase()}@example.com}`);
    // Every fifth application also names someone from the network, listed once under people.
    if (index % 5 === 0) lines.push(`      - {person: ${personName(index / 5)}}`);
    if (reached < 1 && status === 'applied') continue;
    lines.push('    interviews:');
    const interviews = 1 + Math.floor(next() * 3);
    for (let n = 0; n < interviews; n++) {
      const date = day(start + 6 + n * 4);
      if (n % 2) lines.push(`      - date: ${date}`, `        kind: ${pick(INTERVIEW_KINDS)}`, `        with: [${contact}]`, '        highlight: how the team shares on-call', `        notes: Talked about ${pick(SKILLS)} and on-call; asked good questions about the team.`);
      // Every tenth application's first interview has a prep note (no extra random draws).
      else lines.push(`      - {date: ${date}, time: "${10 + n}:30", kind: ${pick(INTERVIEW_KINDS)}, with: [${contact}]${n === 0 && index % 10 === 0 ? `, prep: prep/${index + 1}.md` : ''}}`);
    }
    // Every third thank-you got an answer, every fifth rejection's feedback request was skipped, every other rejection
    // got one reply instead (every fourth of those nudged once), and half the feedback is dated entries (no extra
    // random draws, so the rest of the file is as before).
    const answered = index % 3 === 0 ? `, replied: ${day(start + 9)}, reply: "Thanks, it was good to meet you too."` : '';
    lines.push('    followUps:', `      - {kind: thank-you, due: ${day(start + 7)}, sent: ${day(start + 7)}, contact: ${contact}${answered}}`);
    if (status === 'rejected') {
      const skipped = index % 5 === 0 ? `, skipped: ${day(start + 23)}, skipReason: they share no feedback` : '';
      const nudged = index % 4 === 0 ? `, nudged: ${day(start + 34)}` : '';
      const ask = index % 2 ? `{kind: feedback-request, due: ${day(start + 23)}, contact: ${contact}${skipped}}` : `{kind: rejection-reply, due: ${day(start + 22)}, sent: ${day(start + 22)}, contact: ${contact}${nudged}}`;
      lines.push(`      - ${ask}`, `      - {kind: keep-in-touch, due: ${day(start + 110)}, contact: ${contact}}`);
      const gap = pick(SKILLS);
      lines.push(
        '    reflections:',
        `      - date: ${day(start + 21)}`,
        `        stage: ${pick(INTERVIEW_KINDS)}`,
        `        confidence: ${1 + Math.floor(next() * 5)}`,
        `        wentWell: [clarifying requirements, ${pick(SKILLS)}]`,
        `        toImprove: [${gap}]`,
        ...(index % 3 === 0 ? ['        outsideControl: The team had already met a strong internal candidate.'] : []),
        '        notes: Slow down and think aloud before writing code.',
        `    skillGaps: [${gap}]`,
        // Every sixth rejection has a date to go back to the company.
        ...(index % 6 === 0 ? [`    reapply: ${day(start + 200)}`] : []),
      );
      if (next() < 0.5) {
        const said = `Solid coding; ${pick(SKILLS)} needed more depth.`;
        lines.push(...(index % 2 ? [`    feedback: ${said}`] : ['    feedback:', `      - date: ${day(start + 26)}`, `        from: ${contact}`, `        text: ${said}`]));
      }
    }
  }
  lines.push('', 'training:');
  const entries = Math.max(1, Math.floor(count / 10));
  for (let index = 0; index < entries; index++) {
    lines.push(`  - skill: ${pick(SKILLS)} ${index + 1}`, `    source: [${pick(COMPANIES)} / skill gaps]`, `    target: ${day(900 + index)}`, '    items:');
    for (let item = 0; item < 3; item++) {
      const done = next() < 0.4;
      lines.push(`      - {task: "Practise part ${item + 1}", done: ${done}${done ? `, doneOn: ${day(800 + index)}` : ''}}`);
    }
  }
  lines.push('', 'people:');
  for (let index = 0; index < Math.ceil(count / 5); index++) {
    const company = companies[index * 5]!;
    lines.push(`  - name: ${personName(index)}`, `    company: ${company}`, `    role: ${pick(ROLES)}`, `    met: ${pick(['a meetup', 'a former team', 'an interview', 'a conference talk'])}`);
    lines.push(`    connected: ${day(index)}`, `    next: ${day(index + 120)}`, '    touches:', `      - {date: ${day(index + 10)}, kind: coffee}`);
    if (index % 2 === 0) lines.push(`      - {date: ${day(index + 40)}, kind: referral-asked, application: ${company}}`);
    if (index % 4 === 0) lines.push(`      - date: ${day(index + 45)}`, '        kind: referral-given', `        application: ${company}`, '        notes: Sent my CV to the hiring manager.');
  }
  // A win of the user's own for every twentieth application (no random draws, so the rest of the file is as before).
  lines.push('', 'wins:');
  for (let index = 0; index < Math.ceil(count / 20); index++) lines.push(`  - {date: ${day(index * 20 + 5)}, text: "Gave a talk at meetup ${index + 1}"}`);
  // A story for every twentieth application, each showing two skills.
  lines.push('', 'stories:');
  for (let index = 0; index < Math.ceil(count / 20); index++) {
    lines.push(`  - title: Story ${index + 1}`, `    skills: [${SKILLS[index % SKILLS.length]}, ${SKILLS[(index + 3) % SKILLS.length]}]`, '    situation: A service was slow under load', '    result: p99 halved');
  }
  return `${lines.join('\n')}\n`;
}

/** The name of the `index`-th person of the network, unique in the file. */
function personName(index: number): string {
  return `${PEOPLE[index % PEOPLE.length]} P${index + 1}`;
}
