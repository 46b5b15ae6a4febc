import { UID } from '../../constants';
import type { ClaimStrategy } from '.';

/** Due: pending and its time (and retry time) come, or claimed by an instance whose lease ran out. */
const dueWhere = (now: Date) => ({
  $or: [
    {
      status: 'pending',
      runAt: { $lte: now },
      $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
    },
    // A claim whose holder died (or stalled past its lease) is taken over.
    { status: 'claimed', leaseUntil: { $lt: now } },
  ],
});

/** SQLite, MySQL and MariaDB: a conditional update per due row; the affected-row count says who won it. */
export const claimRowByRow: ClaimStrategy = async (strapi, { now, leaseUntil, limit, owner }) => {
  const query = () => strapi.db.query(UID.schedule);
  const candidates: { id: number; attempts: number }[] = await query().findMany({
    where: dueWhere(now),
    select: ['id', 'attempts'],
    orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
    limit,
  });
  const claimed: number[] = [];
  for (const candidate of candidates) {
    const { count } = await query().updateMany({
      where: { $and: [{ id: candidate.id, attempts: candidate.attempts }, dueWhere(now)] },
      data: {
        status: 'claimed',
        claimOwner: owner,
        leaseUntil,
        attempts: Number(candidate.attempts ?? 0) + 1,
      },
    });
    if (count === 1) claimed.push(candidate.id);
  }
  return claimed;
};
