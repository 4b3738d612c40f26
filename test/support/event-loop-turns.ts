/**
 * What `work` answers, and how many turns the event loop took while it ran (a setImmediate that
 * schedules itself again runs once a turn). Work that never gives the loop back counts 0 or 1,
 * however long it takes: a count that does not depend on the machine's speed.
 */
export async function turnsDuring<T>(work: () => Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let running = true;
  const turn = () => {
    turns++;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  try {
    return { result: await work(), turns };
  } finally {
    running = false;
  }
}
