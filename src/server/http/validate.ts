// Reads a request body or query through a shared zod schema; a bad one becomes a 400 naming the field.
import type { Context } from 'hono';
import type { z } from 'zod';
import { fieldLabel } from '../../domain/errors';
import { MAX_BODY_DEPTH, textNestsDeeperThan } from '../../domain/json-depth';
import { ApiFailure } from './api-error';

export function invalid(error: z.ZodError, fallbackField: string): ApiFailure {
  const issue = error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : fallbackField;
  const label = fieldLabel(issue.path);
  const message = issue.path.length === 0 || issue.message.startsWith(label) ? issue.message : `${label} : ${issue.message}`;
  return new ApiFailure(400, message, field);
}

/** How a zod error becomes the 400's field and message (accounts bring their own labels). */
export type DescribeIssue = (error: z.ZodError) => { field: string; message: string };

export async function readBody<S extends z.ZodType>(c: Context, schema: S, describe?: DescribeIssue): Promise<z.infer<S>> {
  let raw: unknown;
  const text = await c.req.text();
  if (textNestsDeeperThan(text, MAX_BODY_DEPTH)) {
    throw new ApiFailure(400, `Corps de requête refusé : plus de ${MAX_BODY_DEPTH} niveaux d’imbrication`, 'body');
  }
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiFailure(400, 'Corps de requête illisible : JSON attendu', 'body');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    if (!describe) throw invalid(parsed.error, 'body');
    const { field, message } = describe(parsed.error);
    throw new ApiFailure(400, message, field);
  }
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw invalid(parsed.error, 'query');
  return parsed.data;
}
