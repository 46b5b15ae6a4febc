import { UID } from '../../constants';
import type { ClaimStrategy } from '.';

/** PostgreSQL: one statement; rows another instance is claiming right now are skipped, not waited for. */
export const claimOnPostgres: ClaimStrategy = async (strapi, { now, leaseUntil, limit, owner }) => {
  const knex = strapi.db.connection;
  const meta = strapi.db.metadata.get(UID.schedule);
  const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const due = knex(meta.tableName)
    .select('id')
    .where((where) =>
      where
        .where((pending) =>
          pending
            .where(column('status'), 'pending')
            .where(column('runAt'), '<=', now)
            .where((retry) =>
              retry.whereNull(column('nextAttemptAt')).orWhere(column('nextAttemptAt'), '<=', now),
            ),
        )
        .orWhere((expired) =>
          expired.where(column('status'), 'claimed').where(column('leaseUntil'), '<', now),
        ),
    )
    .orderBy([column('runAt'), 'id'])
    .limit(limit)
    .forUpdate()
    .skipLocked();
  const rows: { id: number }[] = await knex(meta.tableName)
    .whereIn('id', due)
    .update({
      [column('status')]: 'claimed',
      [column('claimOwner')]: owner,
      [column('leaseUntil')]: leaseUntil,
      [column('attempts')]: knex.raw('?? + 1', [column('attempts')]),
    })
    .returning('id');
  return rows.map((row) => row.id);
};
