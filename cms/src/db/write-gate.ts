import type { Knex } from 'knex';
import { isSqlite } from './database-client';

/**
 * Runs SQLite write transactions one after another. The ask record commits
 * from its own thread and connection (see sqlite-append-thread.ts); if the
 * CMS's connection started a write meanwhile, SQLite's busy handler would
 * make it wait by sleeping — on the event loop. Writers that run often take
 * their turn here instead, which costs the event loop nothing.
 */
export class WriteGate {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(write: () => Promise<T>): Promise<T> {
    const result = this.tail.then(write);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

const gates = new WeakMap<object, WriteGate>();

/** The gate of one database (one per Strapi instance). */
export function writeGate(owner: object): WriteGate {
  let gate = gates.get(owner);
  if (!gate) gates.set(owner, (gate = new WriteGate()));
  return gate;
}

/** Runs a frequent write in turn with the ask record on SQLite; on PostgreSQL at once. */
export function writeInTurn<T>(owner: object, knex: Knex, write: () => Promise<T>): Promise<T> {
  return isSqlite(knex) ? writeGate(owner).run(write) : write();
}
