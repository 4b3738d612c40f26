import { randomUUID } from 'node:crypto';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { bytesOrJson, call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Checks a PDF's structure: header, trailer, and an xref table whose offsets each point at their object. */
function assertWellFormedPdf(pdf: Buffer): void {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, count] = /xref\n0 (\d+)\n/.exec(text.slice(startxref))!.map(Number);
  const entries = text.slice(startxref).split('\n').slice(3, 2 + count);
  entries.forEach((entry, i) => {
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
}

describe('Booking: classes and scrap-paper sheets', () => {
  let app: TestApp;
  let admin: TestClient;
  let centre: TestClient;
  let other: TestClient;
  const venue = randomUUID();
  const learners = [randomUUID(), randomUUID(), randomUUID()];
  const eventId = randomUUID();
  const start = new Date(Date.now() + 14 * 86_400_000).toISOString();

  const put = (path: string, body: object, client = admin) => call(app.http().put(path).set('Authorization', basic(client)).send(body));
  const post = (path: string, body: object, client = centre) => call(app.http().post(path).set('Authorization', basic(client)).send(body));
  const get = (path: string, client = centre, accept?: string) => {
    const request = app.http().get(path).set('Authorization', basic(client));
    return call(accept ? request.set('Accept', accept).buffer(true).parse(bytesOrJson as never) : request);
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['booking:admin'], orgKind: 'exam_board' });
    centre = await createClient(app, { scopes: ['booking:read', 'booking:write'], orgKind: 'centre', orgCode: 'SHEET-A' });
    other = await createClient(app, { scopes: ['booking:read', 'booking:write'], orgKind: 'centre', orgCode: 'SHEET-B' });
    await put(`/api/admin/venues/${venue}`, { Name: 'Hall (East)', Organization: 'SHEET-A' });
    const names = ['Zoe Young', 'Adam Abbott', 'Maria Ng'];
    for (const [i, id] of learners.entries()) await put(`/api/admin/learners/${id}`, { Name: names[i], Code: `S-${i}`, Organization: 'SHEET-A' });
    await put('/api/admin/assessment-forms/SH-1', { Name: 'Form', Published: true, Bilingual: false });
    await post(`/api/events/${eventId}`, { EventVenue: venue, EventStart: start, EventExamType: 'Academic', EventExamFormat: 'Paper', EventBillingCode: 'Standard' });
    const registrations = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of registrations.entries()) {
      await post(`/api/registrations/${id}/commands/register-lax`, { EventVenue: venue, EventStart: start, Learner: learners[i], Assessment: 'SH-1', Accommodations: i === 1 ? [{ Type: 'ExtraTime', TimeExtension: 30 }] : [] });
    }
    await post(`/api/registrations/${registrations[2]}/commands/cancel`, { Reason: 'ill' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists the caller organisation classes with their learners and upcoming bookings, and refuses another organisation', async () => {
    const classId = randomUUID();
    const stored = await put(`/api/admin/classes/${classId}`, { Name: 'Year 12 English', Organization: 'SHEET-A', Learners: learners });
    expect(stored.body).toMatchObject({ Identifier: classId, Name: 'Year 12 English', LearnersWithUpcomingRegistration: 2 });
    expect(stored.body.Learners.map((l: { Name: string }) => l.Name)).toEqual(['Adam Abbott', 'Maria Ng', 'Zoe Young']);
    expect((await put(`/api/admin/classes/${randomUUID()}`, { Name: 'x', Organization: 'SHEET-A', Learners: [randomUUID()] })).body.detail).toBe('Learner not found.');
    const [{ id: orgId }] = await app.dataSource.query("SELECT id FROM organisations WHERE code = 'SHEET-A'");
    const listed = await get(`/api/events/classes?organization=${orgId}`);
    expect(listed.body).toMatchObject({ Organization: orgId, Classes: [{ Identifier: classId, LearnersWithUpcomingRegistration: 2 }] });
    expect((await get(`/api/events/classes?organization=${orgId}`, other)).status).toBe(403);
  });

  it('answers the scrap-paper sheet: one numbered entry per active registration, by learner name', async () => {
    const sheet = await get(`/api/events/scrap-paper?id=${eventId}`);
    expect(sheet.body.Event.Identifier).toBe(eventId);
    expect(sheet.body.Entries.map((e: { Seat: number; LearnerName: string }) => [e.Seat, e.LearnerName])).toEqual([
      [1, 'Adam Abbott'],
      [2, 'Zoe Young'],
    ]);
    expect(sheet.body.Entries[0]).toMatchObject({ Assessment: 'SH-1', Accommodations: [{ Type: 'ExtraTime', TimeExtension: 30 }] });
    expect((await get(`/api/events/scrap-paper?id=${eventId}`, other)).status).toBe(404);
    expect((await get(`/api/events/scrap-paper?id=${randomUUID()}`)).status).toBe(404);
  });

  it('prints the sheet as a well-formed PDF on Accept: application/pdf', async () => {
    const response = await get(`/api/events/scrap-paper?id=${eventId}`, centre, 'application/pdf');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.body as Buffer;
    assertWellFormedPdf(pdf);
    const text = pdf.toString('latin1');
    expect(text).toContain('Adam Abbott [S-1]  form SH-1  \\(ExtraTime\\)');
    expect(text).toContain('Zoe Young [S-0]');
    expect(text).not.toContain('Maria Ng');
    expect(text).toContain('Hall \\(East\\)');
    expect((await get(`/api/events/scrap-paper?id=${eventId}`, centre, 'text/html')).status).toBe(406);
  });
});
