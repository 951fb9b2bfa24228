/** A small file with people, touches and contacts that name them, shared by the people tests. */
export const PEOPLE_FILE = `applications:
  - company: Umbrella Health
    role: Staff Engineer
    contacts:
      - {person: Jordan Park}
      - {name: Riley Chen, role: Recruiter}
    followUps:
      - {kind: referral-request, sent: 2026-11-10, contact: Jordan Park}
      - {kind: check-in, due: 2026-12-01, contact: Sam Ortiz}
people:
  - name: Jordan Park
    company: Umbrella Health
    role: Staff Engineer
    met: the platform meetup
    linkedin: https://linkedin.example/in/jordan
    connected: 2026-10-02
    next: 2026-12-01
    touches:
      - {date: 2026-10-02, kind: coffee}
      - {date: 2026-11-10, kind: referral-asked, application: Umbrella Health / Staff Engineer}
  - name: Sam Ortiz
    company: Acme Corp
`;
