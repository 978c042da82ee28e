import type { Response } from 'express';

/** Answers with a GraphQL-shaped error body, so clients parse every refusal the same way. */
export function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  // The request's log line and metrics name the refusal by its code, as they do an operation's.
  if (typeof extensions.code === 'string') res.locals.outcome = { ...res.locals.outcome, code: extensions.code };
  res.status(status).json({ errors: [{ message, extensions }] });
}
