import type { Core } from '@strapi/strapi';

import { claimOnPostgres } from './postgres';
import { claimRowByRow } from './row-by-row';

/** Due schedules to claim: up to `limit`, for `owner`, under a lease until `leaseUntil`. */
export interface ClaimRequest {
  now: Date;
  leaseUntil: Date;
  limit: number;
  owner: string;
}

/**
 * How one database family claims due schedules atomically, so that two instances never both hold one:
 * it marks them claimed and returns the ids this instance won, oldest first.
 */
export type ClaimStrategy = (strapi: Core.Strapi, request: ClaimRequest) => Promise<number[]>;

// SQLite and MySQL/MariaDB share the portable conditional update; PostgreSQL skips locked rows instead.
const BY_CLIENT: Record<string, ClaimStrategy> = {
  postgres: claimOnPostgres,
  sqlite: claimRowByRow,
  mysql: claimRowByRow,
};

export const claimStrategyFor = (client: string): ClaimStrategy => BY_CLIENT[client] ?? claimRowByRow;
