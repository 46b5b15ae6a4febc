// Issue 10's race: a clean post is approved, then published while another connection writes a
// patient's details into its draft. What is published must be exactly what was approved.
import { POST, createDraft, makeCompliant } from '../integration/fixtures';
import { approvedHashes, bootOn, publishedHash, sleep, type Client } from './app';
import type { TestApp } from '../integration/strapi';
import type { Users } from '../integration/fixtures';

const TRIES = Number(process.env.RACE_TRIES ?? 200);
const PATIENT = 'Get well soon to our patient Jane Doe, MRN 4471928, discharged today from Ward 7.';

describe.each<Client>(['postgres', 'mysql'])('publishing while the draft is written, on %s', (client) => {
  let app: TestApp;
  let users: Users;

  beforeAll(async () => {
    ({ app, users } = await bootOn(client));
  });

  afterAll(async () => {
    await app?.stop();
  });

  it(`publishes only the approved content, in ${TRIES} tries`, async () => {
    const outcomes = { clean: 0, refused: 0, leaks: 0 };
    for (let attempt = 0; attempt < TRIES; attempt += 1) {
      const { documentId } = await createDraft(app, users);
      await makeCompliant(app, users, documentId);
      const target = { uid: POST, documentId, locale: 'en' };
      const approved = await approvedHashes(app, target);

      // The write lands at a different moment of the publish each time (0 to 15 ms after it starts).
      const publish = app.strapi
        .documents(POST)
        .publish({ documentId, locale: 'en' })
        .then(
          () => 'published',
          (error: Error) => {
            if (!/cannot be published yet|not the content that was checked/.test(error.message)) throw error;
            return 'refused';
          },
        );
      const write = sleep(attempt % 16).then(() =>
        app.strapi.documents(POST).update({ documentId, locale: 'en', data: { body: PATIENT } as never }),
      );
      const [result] = await Promise.all([publish, write]);

      const hash = await publishedHash(app, target);
      if (result === 'refused') {
        outcomes.refused += 1;
        expect(hash).toBeNull();
      } else if (hash !== null && approved.has(hash)) outcomes.clean += 1;
      else outcomes.leaks += 1;
    }
    process.stdout.write(`race on ${client}: ${JSON.stringify({ tries: TRIES, ...outcomes })}\n`);
    expect(outcomes.leaks).toBe(0);
    expect(outcomes.clean + outcomes.refused).toBe(TRIES);
  });
});
