import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { databaseErrorToApiError } from '../../src/errors/database-errors.js';

describe('database failures as answers', () => {
  it.each(['57P01', '57P03', '57P04', '53300', '55000', '08006', '25P03', 'ECONNREFUSED'])('answers SQLSTATE/errno %s with 503/70503', (code) => {
    expect(databaseErrorToApiError(Object.assign(new Error('x'), { code }))?.code).toBe(70503);
    expect(databaseErrorToApiError({ driverError: { code } })?.code).toBe(70503);
  });

  it('answers a write whose connection died mid-transaction with 503, a statement timeout with 504', () => {
    expect(databaseErrorToApiError(new QueryRunnerAlreadyReleasedError())?.code).toBe(70503);
    // The same, met by manager.query (the SQL modules) rather than a repository.
    expect(databaseErrorToApiError(new QueryRunnerProviderAlreadyReleasedError())?.code).toBe(70503);
    expect(databaseErrorToApiError(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))?.code).toBe(70504);
  });

  it('leaves other database errors to be reported as faults', () => {
    expect(databaseErrorToApiError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBeUndefined();
  });
});
