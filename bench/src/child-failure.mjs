// How a child process reports that it could not measure: the message goes to the parent, which
// prints it in the table instead of a figure.

/** Sends the error to the parent and fails the child. */
export function reportFailure(error) {
  process.exitCode = 1;
  const message = error instanceof Error ? error.message : String(error);
  if (process.send) process.send({ ok: false, error: message });
  else console.error(message);
}
