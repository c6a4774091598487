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
