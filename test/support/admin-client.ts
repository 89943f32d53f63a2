import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { TEST_ADMIN_TOKEN } from './test-apps';

export interface OrganizationFixture {
  orgId: string;
  adminId: string;
  sessionToken: string;
  scimToken: string;
}

/**
 * Sets an organization up the way production does: through the internal admin API (organization, first admin,
 * session) and the settings API (SCIM token), so fixtures exercise the real paths.
 */
export async function provisionOrganization(
  adminApi: NestExpressApplication,
  scimApi: NestExpressApplication,
  options: { name?: string; plan?: 'free' | 'team' | 'enterprise'; ssoConfigured?: boolean } = {},
): Promise<OrganizationFixture> {
  const auth = { Authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
  const org = await request(adminApi.getHttpServer())
    .post('/internal/organizations')
    .set(auth)
    .send({
      name: options.name ?? 'Acme',
      plan: options.plan ?? 'enterprise',
      ssoConfigured: options.ssoConfigured ?? true,
    })
    .expect(201);
  const orgId = (org.body as { id: string }).id;
  const admin = await request(adminApi.getHttpServer())
    .post(`/internal/organizations/${orgId}/members`)
    .set(auth)
    .send({ userName: 'owner@acme.example', givenName: 'Olive', familyName: 'Owner', role: 'Admin' })
    .expect(201);
  const adminId = (admin.body as { id: string }).id;
  const session = await request(adminApi.getHttpServer())
    .post('/internal/sessions')
    .set(auth)
    .send({ organizationId: orgId, memberId: adminId })
    .expect(201);
  const sessionToken = (session.body as { token: string }).token;
  let scimToken = '';
  if ((options.plan ?? 'enterprise') === 'enterprise' && (options.ssoConfigured ?? true)) {
    const issued = await request(scimApi.getHttpServer())
      .post(`/api/organizations/${orgId}/scim/tokens`)
      .set('Authorization', `Bearer ${sessionToken}`)
      .send({ label: 'Entra' })
      .expect(201);
    scimToken = (issued.body as { token: string }).token;
  }
  return { orgId, adminId, sessionToken, scimToken };
}
