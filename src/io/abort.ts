// The error a reader throws when its AbortSignal fires: the signal's own reason when it is one (a
// timeout says so), else an Error named "AbortError" for callers that test the name.

export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && (reason.name === 'AbortError' || reason.name === 'TimeoutError')) return reason;
  const err = new Error(reason instanceof Error ? reason.message : 'the operation was aborted', { cause: reason });
  err.name = 'AbortError';
  return err;
}
