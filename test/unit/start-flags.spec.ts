import { readFileSync } from 'node:fs';

/**
 * `npm start` and the image's CMD start the same server with the same Node flags: the flags carry
 * measured decisions (README, Architecture, and docs/performance.md: heap growth for the photo
 * pages' RSS, pretenuring, one V8 helper thread), and the image runs node directly, without npm, so
 * that it receives the signals.
 */
describe('the start command', () => {
  it('gives the image the Node flags npm start gives', () => {
    const start = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start as string;
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8'))?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!)).toEqual(start.split(' '));
  });
});
