import { randomInt } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** Bits in a list: the W3C Bitstring Status List's minimum (16 KB), so that one index hides among many. */
export const LIST_SIZE = 131_072;
// A new list is started once this share of the current one is given out, so random indexes stay quick to find.
const FULL_AT = 0.75;
const LIST_LOCK = 727_019;

export interface StatusEntry {
  listId: string;
  index: number;
}

/**
 * Revocation status lists. An index is drawn at random from the current list (not in order, so
 * that a list does not tell when a credential was issued) and claimed by the credential's row, whose
 * unique (list, index) makes a collision a retry. Revoking sets the index's bit, the first index being
 * the left-most bit of the first byte, as the specification orders them.
 */
@Injectable()
export class StatusListsService {
  constructor(private readonly dataSource: DataSource) {}

  /** A free index, claimed by `claim` inside the caller's transaction (which answers false when it was taken). */
  async allocate(manager: EntityManager, claim: (entry: StatusEntry) => Promise<boolean>): Promise<StatusEntry> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const listId = await this.currentList(manager);
      const entry = { listId, index: randomInt(LIST_SIZE) };
      if (await claim(entry)) {
        await manager.query('UPDATE credential_status_lists SET allocated = allocated + 1 WHERE id = $1', [listId]);
        return entry;
      }
    }
    throw new Error('no free status list index after 50 draws');
  }

  /** Sets the revocation bit of each entry. */
  async revoke(manager: EntityManager, entries: StatusEntry[]): Promise<void> {
    for (const { listId, index } of entries) {
      // PostgreSQL numbers a byte's bits from its right; the list, from its left.
      const bit = (index & ~7) | (7 - (index & 7));
      await manager.query('UPDATE credential_status_lists SET bits = set_bit(bits, $2, 1), updated_at = clock_timestamp() WHERE id = $1', [listId, bit]);
    }
  }

  /** The list's bits, or undefined for a list that does not exist. */
  async bits(listId: string): Promise<Buffer | undefined> {
    const [row]: Array<{ bits: Buffer }> = await this.dataSource.query('SELECT bits FROM credential_status_lists WHERE id = $1', [listId]);
    return row?.bits;
  }

  private async currentList(manager: EntityManager): Promise<string> {
    const open = await openList(manager);
    if (open) return open;
    // One list at a time: processes that find none open take turns (a transaction-scoped lock), and look again.
    await manager.query('SELECT pg_advisory_xact_lock($1)', [LIST_LOCK]);
    const again = await openList(manager);
    if (again) return again;
    const [{ count }] = await manager.query('SELECT count(*)::int AS count FROM credential_status_lists');
    const id = `revocation-${count + 1}`;
    await manager.query('INSERT INTO credential_status_lists (id, size, bits) VALUES ($1, $2, $3)', [id, LIST_SIZE, Buffer.alloc(LIST_SIZE / 8)]);
    return id;
  }
}

/** The newest list with room for more indexes, if there is one. */
async function openList(manager: EntityManager): Promise<string | undefined> {
  const [open]: Array<{ id: string }> = await manager.query(
    'SELECT id FROM credential_status_lists WHERE allocated < size * $1::float8 ORDER BY created_at DESC LIMIT 1',
    [FULL_AT],
  );
  return open?.id;
}

/** Whether an index's bit is set, in the specification's order. */
export function isSet(bits: Buffer, index: number): boolean {
  return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** The list as the specification encodes it: GZIP, then multibase base64url (`u` and no padding). */
export function encodedList(bits: Buffer): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}
