import type { AdminUser } from '../utils';
import { validateTargetQuery } from './validation';

/** What the controllers read from Koa's context and write to it. */
export interface Ctx {
  params: { uid: string; documentId: string };
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { user: AdminUser };
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

/** The document a `/documents/:uid/:documentId?locale=` route is about. */
export const targetOf = async (ctx: Ctx) => {
  const { locale } = await validateTargetQuery(ctx.query);
  return { uid: ctx.params.uid, documentId: ctx.params.documentId, locale };
};

/** An act's input: the document the route names, the session's user (never the body's) and `fields`. */
export const actOf = async <Fields extends object = object>(ctx: Ctx, fields?: Fields) => ({
  ...(await targetOf(ctx)),
  user: ctx.state.user,
  ...(fields as Fields),
});
