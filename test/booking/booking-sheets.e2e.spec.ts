import { randomUUID } from 'node:crypto';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { bytesOrJson, call } from '../support/contract.js';
import { pdfPageTexts } from '../support/pdf-text.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

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
    return call(
      accept
        ? request
            .set('Accept', accept)
            .buffer(true)
            .parse(bytesOrJson as never)
        : request,
    );
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
    await post(`/api/events/${eventId}`, {
      EventVenue: venue,
      EventStart: start,
      EventExamType: 'Academic',
      EventExamFormat: 'Paper',
      EventBillingCode: 'Standard',
    });
    const registrations = [randomUUID(), randomUUID(), randomUUID()];
    for (const [i, id] of registrations.entries()) {
      await post(`/api/registrations/${id}/commands/register-lax`, {
        EventVenue: venue,
        EventStart: start,
        Learner: learners[i],
        Assessment: 'SH-1',
        Accommodations: i === 1 ? [{ Type: 'ExtraTime', TimeExtension: 30 }] : [],
      });
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
    expect((await put(`/api/admin/classes/${randomUUID()}`, { Name: 'x', Organization: 'SHEET-A', Learners: [randomUUID()] })).body.detail).toBe(
      'Learner not found.',
    );
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

  it('prints the sheet as a PDF on Accept: application/pdf', async () => {
    const response = await get(`/api/events/scrap-paper?id=${eventId}`, centre, 'application/pdf');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const [page, ...more] = await pdfPageTexts(response.body as Buffer);
    expect(more).toEqual([]);
    expect(page).toContain(`Scrap-paper sheet, event ${eventId}`);
    expect(page).toContain('Hall (East)');
    expect(page).toContain('Adam Abbott [S-1] form SH-1 (ExtraTime)');
    expect(page).toContain('Zoe Young [S-0]');
    expect(page).not.toContain('Maria Ng');
    expect((await get(`/api/events/scrap-paper?id=${eventId}`, centre, 'text/html')).status).toBe(406);
  });

  it('prints names in any script as themselves: Cyrillic, Arabic (right to left), Chinese', async () => {
    const names = ['Иван Петров', 'محمد عبد الله', '李明', 'Zoë Łukasz'];
    const event = randomUUID();
    const ids = names.map(() => randomUUID());
    for (const [i, id] of ids.entries()) await put(`/api/admin/learners/${id}`, { Name: names[i], Code: `U-${i}`, Organization: 'SHEET-A' });
    await post(`/api/events/${event}`, {
      EventVenue: venue,
      EventStart: new Date(Date.parse(start) + 86_400_000).toISOString(),
      EventExamType: 'Academic',
      EventExamFormat: 'Paper',
      EventBillingCode: 'Standard',
    });
    for (const learner of ids) {
      const registered = await post(`/api/registrations/${randomUUID()}/commands/register-lax`, {
        EventVenue: venue,
        EventStart: new Date(Date.parse(start) + 86_400_000).toISOString(),
        Learner: learner,
        Assessment: 'SH-1',
        Accommodations: [],
      });
      expect(registered.status).toBeLessThan(300);
    }
    const response = await get(`/api/events/scrap-paper?id=${event}`, centre, 'application/pdf');
    expect(response.status).toBe(200);
    const [page] = await pdfPageTexts(response.body as Buffer);
    expect(page).not.toContain('?');
    expect(page).toContain('Иван Петров [U-0]');
    expect(page).toContain('李明');
    expect(page).toContain('Zoë Łukasz [U-3]');
    // A text extractor reads a right-to-left run back in its own order of words; each word, shaped
    // and joined, must come back as its letters.
    for (const word of names[1].split(' ')) expect(page).toContain(word);
  });
});
