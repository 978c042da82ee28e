import type { Response } from 'express';

/** Answers with a GraphQL-shaped error body, so clients parse every refusal the same way. */
export function refuse(res: Response, status: number, message: string, extensions: Record<string, unknown>): void {
  res.status(status).json({ errors: [{ message, extensions }] });
}
