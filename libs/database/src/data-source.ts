import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './database-options';

/** Entry for the TypeORM CLI (`npm run migration:*`); the one place besides libs/config that reads process.env. */
export default new DataSource(
  buildDataSourceOptions({ url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/scim' }),
);
