/** A bank run that is no longer this instance's to write: another instance marked it interrupted meanwhile. */
export class RunTakenError extends Error {
  override readonly name = 'RunTakenError';

  constructor(id: number) {
    super(`run ${id} was marked interrupted by another instance; this instance stopped it`);
  }
}
