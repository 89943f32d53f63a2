import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsRegistry } from './metrics.registry';

interface PgPoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * node-postgres pool use, read at scrape time from TypeORM's driver (`driver.master` is the pg Pool). Waiting
 * requests above zero for long means the pool (DB_POOL_SIZE) or the database is the bottleneck.
 */
@Injectable()
export class DatabasePoolMetrics {
  constructor(metrics: MetricsRegistry, @InjectDataSource() dataSource: DataSource) {
    const registers = [metrics.registry];
    const pool = (): PgPoolStats | undefined => poolOf(dataSource);
    new Gauge({
      name: 'db_pool_connections',
      help: 'PostgreSQL connections held by this process, by state (active: checked out; idle: ready in the pool)',
      labelNames: ['state'],
      registers,
      collect() {
        const stats = pool();
        if (stats === undefined) return;
        this.set({ state: 'active' }, stats.totalCount - stats.idleCount);
        this.set({ state: 'idle' }, stats.idleCount);
      },
    });
    new Gauge({
      name: 'db_pool_waiting_requests',
      help: 'Queries waiting for a free PostgreSQL connection',
      registers,
      collect() {
        const stats = pool();
        if (stats !== undefined) this.set(stats.waitingCount);
      },
    });
    new Gauge({
      name: 'db_pool_max_connections',
      help: 'Size of the PostgreSQL connection pool (DB_POOL_SIZE)',
      registers,
      collect() {
        const max = pool()?.options?.max;
        if (max !== undefined) this.set(max);
      },
    });
  }
}

function poolOf(dataSource: DataSource): PgPoolStats | undefined {
  if (!dataSource.isInitialized) return undefined;
  const master: unknown = (dataSource.driver as { master?: unknown }).master;
  if (typeof master !== 'object' || master === null) return undefined;
  const { totalCount, idleCount, waitingCount } = master as Partial<PgPoolStats>;
  if (typeof totalCount !== 'number' || typeof idleCount !== 'number' || typeof waitingCount !== 'number') {
    return undefined;
  }
  return master as PgPoolStats;
}
