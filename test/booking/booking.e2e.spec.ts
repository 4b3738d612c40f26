import { randomUUID } from 'node:crypto';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const future = (days: number, hour = 9) => {
  const date = new Date(Date.now() + days * 86_400_000);
  date.setUTCHours(hour, 0, 0, 0);
  return date.toISOString().replace('.000Z', '+00:00');
};

describe('Booking: events and registrations', () => {
  let app: TestApp;
  let admin: TestClient;
  let centre: TestClient;
  let other: TestClient;
  const venue = randomUUID();
  const otherVenue = randomUUID();
  const learner = randomUUID();
  const learner2 = randomUUID();
  const otherLearner = randomUUID();

  const post = (client: TestClient, path: string, body?: object) =>
    call(
      app
        .http()
        .post(path)
        .set('Authorization', basic(client))
        .send(body ?? {}),
    );
  const get = (client: TestClient, path: string) => call(app.http().get(path).set('Authorization', basic(client)));
  const register = (id: string, body: object, client = centre) => post(client, `/api/registrations/${id}/commands/register-lax`, body);
  const base = (start: string) => ({
    EventVenue: venue,
    EventStart: start,
    EventExamType: 'Academic',
    EventExamFormat: 'Paper',
    EventBillingCode: 'Standard',
    Learner: learner,
    Assessment: 'AC-1',
  });
  const expectSeedError = (response: { status: number; body: { errorCode: number; detail: string } }, message: string, status = 400) => {
    expect({ status: response.status, detail: response.body.detail }).toEqual({ status, detail: message });
  };

  beforeAll(async () => {
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['booking:admin'], orgKind: 'exam_board' });
    centre = await createClient(app, { scopes: ['booking:read', 'booking:write'], orgKind: 'centre', orgCode: 'CEN-A' });
    other = await createClient(app, { scopes: ['booking:read', 'booking:write'], orgKind: 'centre', orgCode: 'CEN-B' });
    const put = (path: string, body: object) => call(app.http().put(path).set('Authorization', basic(admin)).send(body));
    expect((await put(`/api/admin/venues/${venue}`, { Name: 'Main Hall', Organization: 'CEN-A' })).status).toBe(200);
    await put(`/api/admin/venues/${otherVenue}`, { Name: 'Other Hall', Organization: 'CEN-B' });
    await put(`/api/admin/learners/${learner}`, { Name: 'Amira Hassan', Email: 'amira@example.org', Code: 'L-1', Organization: 'CEN-A' });
    await put(`/api/admin/learners/${learner2}`, { Name: 'Jonas Muller', Email: 'jonas@example.org', Code: 'L-2', Organization: 'CEN-A' });
    await put(`/api/admin/learners/${otherLearner}`, { Name: 'Other Person', Organization: 'CEN-B' });
    await put('/api/admin/assessment-forms/AC-1', { Name: 'Academic 1', Published: true, Bilingual: false });
    await put('/api/admin/assessment-forms/AC-2', { Name: 'Academic 2', Published: true, Bilingual: false });
    await put('/api/admin/assessment-forms/AC-BIL', { Name: 'Bilingual', Published: true, Bilingual: true });
    await put('/api/admin/assessment-forms/AC-DRAFT', { Name: 'Draft', Published: false, Bilingual: false });
    expect((await put('/api/admin/venues/' + randomUUID(), { Name: 'X', Organization: 'NOPE' })).status).toBe(404);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('events', () => {
    const start = future(10);
    const eventId = randomUUID();

    it('adds an event, lists it by date and refuses each invalid value with the seed message', async () => {
      const body = {
        EventVenue: venue,
        EventStart: start,
        EventExamType: 'Academic',
        EventExamFormat: 'Computer',
        EventBillingCode: 'Invoice',
        RegistrationLimit: 30,
      };
      const added = await post(centre, `/api/events/${eventId}`, body);
      expect(added.status).toBe(201);
      expect(added.body).toMatchObject({
        Identifier: eventId,
        Venue: { Identifier: venue, Name: 'Main Hall' },
        ExamFormat: 'Computer',
        RegistrationLimit: 30,
        RegistrationCount: 0,
        Status: 'Scheduled',
      });
      expectSeedError(await post(centre, `/api/events/${eventId}`, { ...body, EventStart: future(11) }), 'Event already exists.');
      const sameSlot = await post(centre, `/api/events/${randomUUID()}`, body);
      expect(sameSlot.status).toBe(409);
      expect(sameSlot.body.errorCode).toBe(70409);
      const cases: Array<[object, string]> = [
        [{ EventVenue: otherVenue }, 'Venue not found.'],
        [{ EventStart: '2001-01-01T09:00:00+00:00' }, 'Invalid EventStartTime value.'],
        [{ EventExamType: undefined }, 'EventExamType not specified.'],
        [{ EventExamType: 'Chess' }, 'Invalid EventExamType value.'],
        [{ EventExamFormat: undefined }, 'EventExamFormat not specified.'],
        [{ EventExamFormat: 'Carrier pigeon' }, 'Invalid EventExamFormat value.'],
        [{ EventBillingCode: undefined }, 'EventBillingCode not specified.'],
        [{ EventBillingCode: 'Barter' }, 'Invalid EventBillingCode value.'],
      ];
      for (const [change, message] of cases)
        expectSeedError(await post(centre, `/api/events/${randomUUID()}`, { ...body, EventStart: future(12), ...change }), message);
      const listed = await get(centre, `/api/events/list-events?date=${start.slice(0, 10)}`);
      expect(listed.body.Events.map((e: { Identifier: string }) => e.Identifier)).toEqual([eventId]);
      expect((await get(other, `/api/events/list-events?date=${start.slice(0, 10)}`)).body.Events).toEqual([]);
      expect((await get(centre, '/api/events/list-events?date=tomorrow')).status).toBe(400);
    });

    it('answers an event added many times at once as it does when added in turn: one 201, then "Event already exists."', async () => {
      const id = randomUUID();
      const body = { EventVenue: venue, EventStart: future(13), EventExamType: 'Academic', EventExamFormat: 'Paper', EventBillingCode: 'Standard' };
      const answers = await Promise.all(Array.from({ length: 12 }, () => post(centre, `/api/events/${id}`, body)));
      expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
      for (const answer of answers.filter((answer) => answer.status !== 201)) expectSeedError(answer, 'Event already exists.');
    });

    it('cancels an event, which then takes no registration', async () => {
      const cancelled = await post(centre, `/api/events/${eventId}/cancel`, { Reason: 'Venue flooded' });
      expect(cancelled.body).toMatchObject({ Status: 'Cancelled', CancelReason: 'Venue flooded' });
      expectSeedError(await register(randomUUID(), base(start)), 'Event is cancelled.');
      expect((await post(other, `/api/events/${eventId}/cancel`, {})).status).toBe(404);
    });
  });

  describe('register-lax', () => {
    it('creates the event when none matches (201) and finds it afterwards (200)', async () => {
      const start = future(20);
      const first = await register(randomUUID(), { ...base(start), Accommodations: [{ Type: 'ExtraTime', Name: '25% extra', TimeExtension: 40 }] });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        Status: 'Active',
        Learner: { Identifier: learner },
        Assessment: { Code: 'AC-1' },
        Accommodations: [{ Type: 'ExtraTime', Name: '25% extra', TimeExtension: 40 }],
      });
      expect(first.body.Event).toMatchObject({ Start: new Date(start).toISOString(), ExamType: 'Academic', RegistrationCount: 1 });
      const second = await register(randomUUID(), { EventVenue: venue, EventStart: start, Learner: learner2, Assessment: 'AC-1' });
      expect(second.status).toBe(200);
      expect(second.body.Event.Identifier).toBe(first.body.Event.Identifier);
      expect(second.body.Event.RegistrationCount).toBe(2);
    });

    it('answers each seed message', async () => {
      const start = future(21);
      const taken = randomUUID();
      expect((await register(taken, base(start))).status).toBe(201);
      const cases: Array<[string, object, string]> = [
        [taken, {}, 'Registration already exists. You cannot add a new registration with the same identifier.'],
        [randomUUID(), { Accommodations: [{ Type: ' ' }] }, 'Accommodation type cannot be empty.'],
        [randomUUID(), { Learner: randomUUID() }, 'Learner not found.'],
        [randomUUID(), { Learner: otherLearner }, 'Learner not found.'],
        [randomUUID(), { Assessment: 'AC-BIL' }, 'Assessment form not found.'],
        [randomUUID(), { Assessment: 'AC-DRAFT' }, 'Assessment form not found.'],
        [randomUUID(), { Assessment: 'NOPE' }, 'Assessment form not found.'],
        [randomUUID(), { EventVenue: otherVenue }, 'Venue not found.'],
        [randomUUID(), { EventStart: 'soon' }, 'Invalid EventStartTime value.'],
        [randomUUID(), { EventStart: future(22), EventExamType: undefined }, 'EventExamType not specified.'],
        [randomUUID(), { EventStart: future(22), EventExamType: 'Chess' }, 'Invalid EventExamType value.'],
        [randomUUID(), { EventStart: future(22), EventExamFormat: undefined }, 'EventExamFormat not specified.'],
        [randomUUID(), { EventStart: future(22), EventExamFormat: 'Smoke signals' }, 'Invalid EventExamFormat value.'],
        [randomUUID(), { EventStart: future(22), EventBillingCode: undefined }, 'EventBillingCode not specified.'],
        [randomUUID(), { EventStart: future(22), EventBillingCode: 'IOU' }, 'Invalid EventBillingCode value.'],
        [randomUUID(), { EventStart: '2001-01-01T09:00:00+00:00' }, 'Invalid EventStartTime value.'],
      ];
      for (const [id, change, message] of cases) expectSeedError(await register(id, { ...base(start), ...change }), message);
      // Nothing half-written: the failed calls created no event for future(22).
      expect((await get(centre, `/api/events/list-events?date=${future(22).slice(0, 10)}`)).body.Events).toEqual([]);
    });

    it('never exceeds the registration limit under concurrent calls for the last seats', async () => {
      const start = future(30);
      const eventId = randomUUID();
      await post(centre, `/api/events/${eventId}`, {
        EventVenue: venue,
        EventStart: start,
        EventExamType: 'Academic',
        EventExamFormat: 'Paper',
        EventBillingCode: 'Standard',
        RegistrationLimit: 3,
      });
      const responses = await Promise.all(Array.from({ length: 10 }, () => register(randomUUID(), base(start))));
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409, 409, 409]);
      expect(responses.find((r) => r.status === 409)!.body).toMatchObject({ errorCode: 70409 });
      const listed = await get(centre, `/api/events/list-events?date=${start.slice(0, 10)}`);
      expect(listed.body.Events.find((e: { Identifier: string }) => e.Identifier === eventId).RegistrationCount).toBe(3);
    });
  });

  describe('commands on a registration', () => {
    const id = randomUUID();
    const start = future(40);

    beforeAll(async () => {
      expect((await register(id, base(start))).status).toBe(201);
    });

    it('transfers, creating the target event and keeping the form, with the seed messages', async () => {
      const moved = await post(centre, `/api/registrations/${id}/commands/transfer-lax`, {
        EventVenue: venue,
        EventStart: future(41),
        EventExamType: 'Academic',
        Learner: learner,
        Reason: 'Clash with school trip',
      });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({
        Assessment: { Code: 'AC-1' },
        Event: { Start: new Date(future(41)).toISOString(), ExamFormat: 'Paper', BillingCode: 'Standard' },
      });
      expect(moved.body.History.map((h: { Command: string }) => h.Command)).toEqual(['register-lax', 'transfer-lax']);
      expect(moved.body.History[1]).toMatchObject({ Reason: 'Clash with school trip' });
      const transfer = (body: object, registration = id) =>
        post(centre, `/api/registrations/${registration}/commands/transfer-lax`, { EventVenue: venue, EventStart: future(41), Learner: learner, ...body });
      expectSeedError(await transfer({}), 'Registration already assigned to event.');
      expectSeedError(await transfer({ Learner: learner2 }), 'Learner does not belong to registration.');
      expectSeedError(await transfer({ Learner: randomUUID() }), 'Learner not found.');
      expectSeedError(await transfer({}, randomUUID()), 'Registration not found.', 404);
      expectSeedError(await transfer({ EventStart: future(42) }), 'EventExamType not specified.');
    });

    it('changes the assessment form (404 for an unknown registration)', async () => {
      const change = (Assessment: string, registration = id) => post(centre, `/api/registrations/${registration}/commands/change-assessment`, { Assessment });
      expect((await change('AC-2')).body.Assessment.Code).toBe('AC-2');
      expectSeedError(await change('AC-2'), 'Assessment already assigned to registration.');
      expectSeedError(await change('AC-BIL'), 'Assessment form not found.');
      expectSeedError(await change('AC-2', randomUUID()), 'Registration not found.', 404);
    });

    it('grants (201) and revokes (204) accommodations (404 for an unknown registration)', async () => {
      const granted = await post(centre, `/api/registrations/${id}/commands/grant-accommodation`, { Type: 'LargePrint', Name: 'A3 paper', TimeExtension: 0 });
      expect(granted.status).toBe(201);
      expect(granted.body.Accommodations).toEqual([{ Type: 'LargePrint', Name: 'A3 paper', TimeExtension: 0 }]);
      expectSeedError(await post(centre, `/api/registrations/${id}/commands/grant-accommodation`, { Name: 'no type' }), 'Accommodation type cannot be empty.');
      expectSeedError(await post(centre, `/api/registrations/${randomUUID()}/commands/grant-accommodation`, { Type: 'X' }), 'Registration not found.', 404);
      const revoked = await post(centre, `/api/registrations/${id}/commands/revoke-accommodation`, { Type: 'LargePrint' });
      expect(revoked.status).toBe(204);
      expect((await get(centre, `/api/registrations/${id}`)).body.Accommodations).toEqual([]);
      expectSeedError(await post(centre, `/api/registrations/${randomUUID()}/commands/revoke-accommodation`, { Type: 'X' }), 'Registration not found.', 404);
    });

    it('keeps a registration and its history invisible to another organisation', async () => {
      expect((await get(other, `/api/registrations/${id}`)).status).toBe(404);
      expectSeedError(await post(other, `/api/registrations/${id}/commands/cancel`, { Reason: 'x' }), 'Registration not found.', 404);
      expect((await post(other, '/api/registrations/search', {})).body.TotalCount).toBe(0);
    });

    it('cancels, freeing the seat, and records every command with its reason and time', async () => {
      const cancelled = await post(centre, `/api/registrations/${id}/commands/cancel`, { Reason: 'Learner withdrew' });
      expect(cancelled.body).toMatchObject({ Status: 'Cancelled', CancelReason: 'Learner withdrew', Event: { RegistrationCount: 0 } });
      expect(cancelled.body.History.map((h: { Command: string }) => h.Command)).toEqual([
        'register-lax',
        'transfer-lax',
        'change-assessment',
        'grant-accommodation',
        'revoke-accommodation',
        'cancel',
      ]);
      expect(cancelled.body.History.every((h: { Time: string }) => !Number.isNaN(Date.parse(h.Time)))).toBe(true);
    });
  });

  describe('count and search', () => {
    it('filter by name, email, code and the last-change window; count agrees with search; pages are stable', async () => {
      const since = new Date().toISOString();
      const ids = [randomUUID(), randomUUID(), randomUUID()];
      const start = future(50);
      await register(ids[0], base(start));
      await register(ids[1], { ...base(start), Learner: learner2 });
      await register(ids[2], { ...base(start), Learner: learner2 });
      await post(centre, `/api/registrations/${ids[2]}/commands/cancel`, { Reason: 'changed mind' });
      const window = { LastChangeTimeSince: since };
      const count = async (criteria: object) => (await post(centre, '/api/registrations/count', { ...window, ...criteria })).body.Count;
      const search = async (criteria: object) => (await post(centre, '/api/registrations/search', { ...window, ...criteria })).body;
      expect(await count({})).toBe(3);
      expect(await count({ Name: 'jonas' })).toBe(2);
      expect(await count({ Email: 'AMIRA@' })).toBe(1);
      expect(await count({ Code: 'L-2' })).toBe(2);
      expect(await count({ Code: 'L' })).toBe(0);
      expect(await count({ LastChangeTimeBefore: since })).toBe(0);
      const all = await search({});
      expect(all.TotalCount).toBe(3);
      expect(all.Registrations.map((r: { Identifier: string }) => r.Identifier)).toEqual([ids[0], ids[1], ids[2]]);
      expect(all.Registrations[2]).toMatchObject({ Status: 'Cancelled', CancelReason: 'changed mind' });
      const pages = [await search({ PageSize: 2, Page: 1 }), await search({ PageSize: 2, Page: 2 })];
      expect(pages.flatMap((p) => p.Registrations.map((r: { Identifier: string }) => r.Identifier))).toEqual(
        all.Registrations.map((r: { Identifier: string }) => r.Identifier),
      );
      expect((await post(centre, '/api/registrations/search', { PageSize: 101 })).body.details[0].field).toBe('PageSize');
      expect((await post(centre, '/api/registrations/count', { LastChangeTimeSince: '2002-09-01T23:10:50' })).body.details[0].field).toBe(
        'LastChangeTimeSince',
      );
    });
  });

  it('deletes a registration (204), which is then not found', async () => {
    const id = randomUUID();
    await register(id, base(future(60)));
    expect((await call(app.http().delete(`/api/registrations/${id}`).set('Authorization', basic(centre)))).status).toBe(204);
    expect((await get(centre, `/api/registrations/${id}`)).status).toBe(404);
    expect((await call(app.http().delete(`/api/registrations/${id}`).set('Authorization', basic(centre)))).status).toBe(404);
  });

  it('reads a registration being deleted as either 404 or the whole registration', async () => {
    const ids = Array.from({ length: 20 }, () => randomUUID());
    for (const [i, id] of ids.entries()) await register(id, base(future(70 + i)));
    const reads = await Promise.all(
      ids.flatMap((id) => [
        get(centre, `/api/registrations/${id}`),
        call(app.http().delete(`/api/registrations/${id}`).set('Authorization', basic(centre)).set('Content-Type', 'application/json')),
        get(centre, `/api/registrations/${id}`),
      ]),
    );
    for (const [i, id] of ids.entries()) {
      expect(reads[i * 3 + 1].status).toBe(204);
      for (const read of [reads[i * 3], reads[i * 3 + 2]]) {
        expect([200, 404]).toContain(read.status);
        if (read.status === 200)
          expect(read.body).toMatchObject({ Identifier: id, Learner: { Identifier: expect.any(String) }, Event: { Identifier: expect.any(String) } });
      }
    }
  });

  it('keeps the provider side to booking:admin and writes to booking:write', async () => {
    expect(
      (await call(app.http().put(`/api/admin/venues/${venue}`).set('Authorization', basic(centre)).send({ Name: 'x', Organization: 'CEN-A' }))).status,
    ).toBe(403);
    const reader = await createClient(app, { scopes: ['booking:read'], orgCode: 'CEN-A' });
    expect((await register(randomUUID(), base(future(61)), reader)).status).toBe(403);
  });
});
