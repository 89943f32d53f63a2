import request from 'supertest';
import { TEST_ADMIN_TOKEN } from '../../support/test-apps';

/** GET /metrics with the admin token, as Prometheus scrapes it. */
export async function scrape(baseUrl: string): Promise<string> {
  const res = await request(baseUrl).get('/metrics').set('Authorization', `Bearer ${TEST_ADMIN_TOKEN}`);
  if (res.status !== 200) throw new Error(`GET /metrics answered ${res.status}`);
  return res.text;
}

/** The value of one series; `labels` must all match (other labels may be present). */
export function sampleOf(
  text: string,
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? ([^ ]+)$/.exec(line);
    if (match === null || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}
