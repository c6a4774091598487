/** A bank run cut short on purpose because the bank is stopping (shutdown): not a failure of the run. */
export class RunStoppedError extends Error {
  override readonly name = 'RunStoppedError';

  constructor() {
    super('stopped');
  }
}
