/**
 * How the platform names an IELTS result outside its own tables: the resource its events are about
 * (deliveries about one keep their order) and the subject of its one active credential.
 */
export function ieltsResultKey(trfNumber: string): string {
  return `ielts.result:${trfNumber}`;
}
