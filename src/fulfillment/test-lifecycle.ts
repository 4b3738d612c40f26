import type { TestStatus } from './entities/fulfillment-test.entity.js';

export type TestEventName = 'started' | 'finished' | 'review' | 'graded' | 'technical-difficulty' | 'invalidated' | 'reset';

/** Which states each event may leave, and where it leads. */
const TRANSITIONS: Record<TestEventName, { from: TestStatus[]; to: TestStatus }> = {
  started: { from: ['Ready'], to: 'Started' },
  finished: { from: ['Started'], to: 'Finished' },
  review: { from: ['Finished'], to: 'Review' },
  graded: { from: ['Finished', 'Review'], to: 'Completed' },
  'technical-difficulty': { from: ['Started', 'Finished'], to: 'Technical Difficulty' },
  invalidated: { from: ['Started', 'Finished', 'Review', 'Technical Difficulty', 'Completed'], to: 'Invalidated' },
  reset: { from: ['Started', 'Finished', 'Review', 'Technical Difficulty', 'Invalidated', 'Completed'], to: 'Ready' },
};

export function nextStatus(current: TestStatus, event: TestEventName): TestStatus | undefined {
  const rule = TRANSITIONS[event];
  return rule.from.includes(current) ? rule.to : undefined;
}

/** Whether a track hears of the event: always on grading, reset, invalidation and technical difficulty; on Finished if it asks. */
export function webhookFires(event: TestEventName, fireOnFinished: boolean): boolean {
  if (event === 'finished') return fireOnFinished;
  return event === 'graded' || event === 'reset' || event === 'invalidated' || event === 'technical-difficulty';
}
