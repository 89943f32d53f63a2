import { SERVICE_PROVIDER_CONFIG_SCHEMA } from '../scim-urns';
import { trimTrailingSlash, type ScimServiceProviderConfig } from './discovery.types';

export interface ServiceProviderConfigOptions {
  /** The SCIM base URL the IdP was given, e.g. `https://auth.example.com/api/scim`. */
  baseUrl: string;
  /** The largest page a query returns (RFC 7643 §5 filter.maxResults); `count` is capped to it. */
  maxResults: number;
  /** Public setup documentation, if any. */
  documentationUri?: string;
}

/**
 * What this server supports (RFC 7643 §5): PATCH (Entra and Okta OIN apps need it), filtering with a page cap,
 * ETags; no bulk, no sorting, no password change (sign-in is SSO). Authentication is the long-lived bearer
 * token from the settings page (RFC 6750), which Entra requires to be non-expiring (idp-behaviour §1).
 */
export function buildServiceProviderConfig(options: ServiceProviderConfigOptions): ScimServiceProviderConfig {
  const config: ScimServiceProviderConfig = {
    schemas: [SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: options.maxResults },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication scheme using the OAuth Bearer Token Standard',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: {
      resourceType: 'ServiceProviderConfig',
      location: `${trimTrailingSlash(options.baseUrl)}/ServiceProviderConfig`,
    },
  };
  if (options.documentationUri !== undefined) {
    config.documentationUri = options.documentationUri;
    config.authenticationSchemes[0].documentationUri = options.documentationUri;
  }
  return config;
}
