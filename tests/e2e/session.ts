// What a browser test does over HTTP beside the browser: logged in as one of the demo's users, it calls
// the same routes the admin and its side panel call.
import type { Page } from 'playwright-core';

import { DEMO_USERS } from '../../playground/src/seed/users';
import { logIn } from './browser';

/** One of the demo's users. */
export type Who = keyof typeof DEMO_USERS;
export const POST = 'plugin::social-compliance.social-post';

export type Api = <T = { data: { documentId: string } }>(
  method: string,
  path: string,
  body?: unknown,
) => Promise<T>;

/** Logs the demo's `who` in to the admin in the browser. */
export const logInAs = (page: Page, url: string, who: Who) =>
  logIn(page, url, DEMO_USERS[who].email, DEMO_USERS[who].password);

/** The admin session (a JWT) that logging in as the demo's `who` gives. */
export const tokenOf = async (url: string, who: Who) => {
  const { email, password } = DEMO_USERS[who];
  const login = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`Login of ${email} failed: ${login.status} ${await login.text()}`);
  return ((await login.json()) as { data: { token: string } }).data.token;
};

/** The server as the demo's `who` calls it, with their admin session. */
export const apiAs = async (url: string, who: Who): Promise<Api> => {
  const token = await tokenOf(url, who);
  return async <T>(method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => null)) as T;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
};

/** A document's route of the plugin, e.g. `documentRoute(id, 'attest')`. */
export const documentRoute = (documentId: string, verb: string, locale = 'en') =>
  `/social-compliance/documents/${POST}/${documentId}/${verb}?locale=${locale}`;

/** An organisation that lets its editors schedule (rule 7): the super admin grants it to the Editor role. */
export const letEditorsSchedule = async (url: string) => {
  const admin = await apiAs(url, 'superAdmin');
  const { data: roles } = await admin<{ data: { id: number; code: string }[] }>('GET', '/admin/roles');
  const editorRole = roles.find((role) => role.code === 'strapi-editor')!;
  const { data: granted } = await admin<{ data: Record<string, unknown>[] }>(
    'GET',
    `/admin/roles/${editorRole.id}/permissions`,
  );
  await admin('PUT', `/admin/roles/${editorRole.id}/permissions`, {
    permissions: [
      ...granted.map(({ action, subject, properties, conditions }) => ({
        action,
        subject,
        properties,
        conditions,
      })),
      { action: 'plugin::social-compliance.schedule', subject: null, properties: {}, conditions: [] },
    ],
  });
};
