import { randomUUID } from 'node:crypto';
import { textPdf } from '../../src/pdf/text-pdf.js';
import { basic, createClient, type TestClient } from '../support/clients.js';
import { bytesOrJson, call } from '../support/contract.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CANDIDATE = { businessStreamId: '02', sessionId: '14244', centreId: '04200', candidateNumber: '1804', assessmentCode: '0500', componentId: '02' };

describe('Results: scripts for ATS', () => {
  let app: TestApp;
  let admin: TestClient;
  let centre: TestClient;
  let otherCentre: TestClient;
  let board: TestClient;
  const pages = [randomUUID(), randomUUID()];
  let pdfs: Buffer[];

  const binary = (client: TestClient, id: string, headers: Record<string, string> = {}) => {
    const request = app.http().get(`/v1/candidates/scripts/pdf/${id}`).set('Authorization', basic(client));
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    return call(request.buffer(true).parse(bytesOrJson as never));
  };
  const requestScripts = (client: TestClient, body: object, key?: string) => {
    const request = app.http().post('/v1/candidates/scripts').set('Authorization', basic(client));
    if (key) request.set('Idempotency-Key', key);
    return call(request.send(body));
  };

  beforeAll(async () => {
    pdfs = [await textPdf('Script page 1', ['Q1 7/8']), await textPdf('Script page 2', ['Q2 9/12'])];
    app = await startTestApp();
    admin = await createClient(app, { scopes: ['results:admin'], orgKind: 'exam_board', orgCode: 'BOARD-ADM' });
    centre = await createClient(app, { scopes: ['results:read', 'results:write'], orgKind: 'centre', orgCode: '04200' });
    otherCentre = await createClient(app, { scopes: ['results:read', 'results:write'], orgKind: 'centre', orgCode: '43319' });
    board = await createClient(app, { scopes: ['results:read', 'results:write'], orgKind: 'exam_board', orgCode: 'BOARD-RO' });
    for (const [i, id] of pages.entries()) {
      const stored = await call(
        app
          .http()
          .put(`/v1/admin/scripts/${id}`)
          .set('Authorization', basic(admin))
          .send({ ...CANDIDATE, pageNumber: 2 - i, pdf: pdfs[i].toString('base64') }),
      );
      expect(stored.status).toBe(200);
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('answers a script request with the page ids in page order, keeping leading zeros', async () => {
    const response = await requestScripts(centre, CANDIDATE);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'Fulfilled', docStorePageIds: [pages[1], pages[0]] });
    const [row] = await app.dataSource.query('SELECT centre_id, assessment_code, component_id FROM results_script_requests WHERE id = $1', [
      response.body.scriptRequestId,
    ]);
    expect(row).toEqual({ centre_id: '04200', assessment_code: '0500', component_id: '02' });
    const pending = await requestScripts(centre, { ...CANDIDATE, componentId: '03' });
    expect(pending.body).toMatchObject({ status: 'Pending', docStorePageIds: [] });
  });

  it('downloads a page as the stored PDF with Content-Length and an ETag, and answers 304 to a matching If-None-Match', async () => {
    const response = await binary(centre, pages[0]);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(Number(response.headers['content-length'])).toBe(pdfs[0].length);
    expect((response.body as Buffer).equals(pdfs[0])).toBe(true);
    expect((response.body as Buffer).subarray(0, 8).toString()).toMatch(/^%PDF-1\.\d$/);
    const etag = response.headers.etag;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const cached = await binary(centre, pages[0], { 'If-None-Match': etag });
    expect(cached.status).toBe(304);
    expect((await binary(centre, pages[0], { 'If-None-Match': '"other"' })).status).toBe(200);
  });

  it('replays the first answer to a repeated Idempotency-Key and refuses the key with another body', async () => {
    const key = `ats-${randomUUID()}`;
    const first = await requestScripts(centre, CANDIDATE, key);
    const again = await requestScripts(centre, { ...CANDIDATE }, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM results_script_requests WHERE id = $1', [first.body.scriptRequestId]);
    expect(n).toBe(1);
    const conflicting = await requestScripts(centre, { ...CANDIDATE, componentId: '01' }, key);
    expect(conflicting.status).toBe(409);
    expect(conflicting.body).toMatchObject({ errorCode: 70409, details: [{ field: 'Idempotency-Key' }] });
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => requestScripts(centre, CANDIDATE, `${key}-c`)));
    expect(new Set(concurrent.map((r) => r.body.scriptRequestId)).size).toBe(1);
    expect((await requestScripts(centre, CANDIDATE, 'short')).body).toMatchObject({ errorCode: 60010 });
  });

  it('keeps a centre to its own candidates; a board-level client sees all', async () => {
    expect((await requestScripts(otherCentre, CANDIDATE)).status).toBe(403);
    expect((await binary(otherCentre, pages[0])).status).toBe(404);
    expect((await binary(board, pages[0])).status).toBe(200);
    expect((await requestScripts(board, CANDIDATE)).status).toBe(201);
  });

  it('validates identifiers and documents, naming the field', async () => {
    const bad = await requestScripts(centre, { ...CANDIDATE, businessStreamId: '2' });
    expect(bad.body).toMatchObject({ errorCode: 60002, details: [{ field: 'businessStreamId' }] });
    const notPdf = await call(
      app
        .http()
        .put(`/v1/admin/scripts/${randomUUID()}`)
        .set('Authorization', basic(admin))
        .send({ ...CANDIDATE, pageNumber: 1, pdf: Buffer.from('GIF89a').toString('base64') }),
    );
    expect(notPdf.body).toMatchObject({ errorCode: 60002, details: [{ field: 'pdf' }] });
    expect((await binary(centre, randomUUID())).status).toBe(404);
  });

  describe('under concurrent writers', () => {
    let candidateSeq = 0;
    // A component of its own for each test, so that no other test's pages or requests count.
    const freshCandidate = () => ({ ...CANDIDATE, componentId: String(500 + ++candidateSeq) });
    const putPage = (candidate: object, id: string, pageNumber: number) =>
      call(
        app
          .http()
          .put(`/v1/admin/scripts/${id}`)
          .set('Authorization', basic(admin))
          .send({ ...candidate, pageNumber, pdf: pdfs[pageNumber % 2].toString('base64') }),
      );

    it('stores one page once when the same PUT arrives many times at once, answering each 200', async () => {
      const candidate = freshCandidate();
      const id = randomUUID();
      const answers = await Promise.all(Array.from({ length: 20 }, () => putPage(candidate, id, 1)));
      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
      const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM results_script_documents WHERE doc_store_page_id = $1', [id]);
      expect(n).toBe(1);
    });

    it('fulfils every request with every page when requests and pages arrive together', async () => {
      const candidate = freshCandidate();
      const ids = Array.from({ length: 6 }, () => randomUUID());
      // Requests and pages interleaved, all in flight at once: a request made while a page is being
      // stored must end up with that page, whichever transaction commits first.
      const answers = await Promise.all(ids.flatMap((id, i) => [requestScripts(centre, candidate), putPage(candidate, id, i + 1)]));
      expect(answers.map((answer) => answer.status).sort()).toEqual([...Array(6).fill(200), ...Array(6).fill(201)]);
      const requests: Array<{ status: string; doc_store_page_ids: string[] }> = await app.dataSource.query(
        'SELECT status, doc_store_page_ids FROM results_script_requests WHERE centre_id = $1 AND component_id = $2',
        [candidate.centreId, candidate.componentId],
      );
      expect(requests).toHaveLength(6);
      for (const request of requests) {
        expect(request.status).toBe('Fulfilled');
        expect(request.doc_store_page_ids).toEqual(ids);
      }
    });
  });
});
