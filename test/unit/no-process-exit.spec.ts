describe('the test run guard', () => {
  it('turns a process.exit from code under test into an error of that test', () => {
    expect(() => process.exit(1)).toThrow(/process.exit\(1\) was called during a test/);
  });
});
