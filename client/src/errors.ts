/** The CLI's exit codes (also the `exitCode` of the errors below). */
export const EXIT = {
  ok: 0,
  /** The chain refused, or another failure the message explains. */
  failed: 1,
  /** Bad command line: unknown command or flag, missing or malformed value. */
  usage: 2,
  /** Something asked for does not exist: a record, a file, an anchor, a key file. */
  notFound: 3,
  /** The node or the IPFS node could not be reached, or did not answer in time. */
  unreachable: 4,
} as const

/** An error the user can act on: printed as one line, without a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failed,
  ) {
    super(message)
    this.name = 'UserError'
  }
}
