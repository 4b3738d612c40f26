import { ApiError } from '../../src/errors/api-error.js';
import { toVerificationQuery } from '../../src/ielts/result-verification-query.js';

describe('toVerificationQuery', () => {
  it('lets the TRF number win over a date range', () => {
    expect(toVerificationQuery({ trfNumber: '17UZ010772RAKN025A', startDateTime: 'garbage', photoFlag: 'Y' } as never)).toEqual({
      kind: 'trf',
      trfNumber: '17UZ010772RAKN025A',
      withPhoto: true,
      withOsr: false,
    });
  });

  it('makes the end inclusive to the second and defaults paging', () => {
    const query = toVerificationQuery({ startDateTime: '2019-09-24T06:12:25', endDateTime: '2019-10-07T06:12:25', photoFlag: 'N' });
    expect(query).toMatchObject({ kind: 'range', page: 1, limit: 2000, paginated: false });
    if (query.kind !== 'range') throw new Error('range expected');
    expect(query.start.toISOString()).toBe('2019-09-24T06:12:25.000Z');
    expect(query.endExclusive.toISOString()).toBe('2019-10-07T06:12:26.000Z');
  });

  it('treats page or limit alone as a paginated request', () => {
    expect(toVerificationQuery({ startDateTime: '2019-09-24T06:12:25', endDateTime: '2019-10-07T06:12:25', photoFlag: 'N', limit: 10 })).toMatchObject({
      page: 1,
      limit: 10,
      paginated: true,
    });
  });

  it.each([
    [{ photoFlag: 'N' }, 'trfNumber'],
    [{ startDateTime: '2019-09-24T06:12:25', photoFlag: 'N' }, 'endDateTime'],
    [{ startDateTime: '2019-13-01T00:00:00', endDateTime: '2019-10-07T06:12:25', photoFlag: 'N' }, 'startDateTime'],
    [{ startDateTime: '2019-10-08T00:00:00', endDateTime: '2019-10-07T06:12:25', photoFlag: 'N' }, 'endDateTime'],
  ])('refuses %j naming %s', (input, field) => {
    try {
      toVerificationQuery(input as never);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe(60001);
      expect((error as ApiError).options.details?.map((d) => d.field)).toContain(field);
    }
  });
});
