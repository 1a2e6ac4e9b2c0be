// Drops the PostgreSQL template database a test run created.
import pg from 'pg';

const [template] = process.argv.slice(2);
const url = process.env.TEST_DATABASE_URL;
if (template && url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`drop database if exists "${template.replace(/"/g, '')}" with (force)`);
  await client.end();
}
