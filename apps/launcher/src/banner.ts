import type { AppConfig } from '@app/config';
import type { DemoCredentials } from './demo-seed.service';

/** What a newcomer needs after `npm start`: where things are and a request that works. */
export function printBanner(
  config: AppConfig,
  adminToken: string | undefined,
  demo: DemoCredentials | undefined,
): void {
  const publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  const lines = [
    '',
    `SCIM API and settings API  ${publicUrl}   (listening on ${config.HOST}:${config.PORT})`,
    `Internal admin API         http://${config.ADMIN_HOST}:${config.ADMIN_PORT}`,
    `SCIM base URL              ${config.scimBaseUrl}`,
  ];
  if (!config.isProduction && adminToken !== undefined)
    lines.push(`Admin API token            ${adminToken}`);
  if (demo !== undefined) {
    lines.push(`Demo organization          ${demo.organizationId}`);
    if (demo.scimToken !== undefined) {
      lines.push(`SCIM bearer token          ${demo.scimToken}`);
      lines.push('');
      lines.push('Try it:');
      lines.push(
        `  curl -s -H 'Authorization: Bearer ${demo.scimToken}' '${publicUrl}/api/scim/Users?filter=userName%20eq%20%22someone%40example.com%22'`,
      );
    }
    lines.push(
      `Settings page              ${publicUrl}/settings/scim#org=${demo.organizationId}&session=${demo.sessionToken}`,
    );
  }
  lines.push('');
  console.log(lines.join('\n'));
}
