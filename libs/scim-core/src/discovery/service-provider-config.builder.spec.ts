import { buildServiceProviderConfig } from './service-provider-config.builder';

describe(buildServiceProviderConfig.name, () => {
  const sut = buildServiceProviderConfig;

  it('should describe the supported features (RFC 7643 §5)', () => {
    expect(sut({ baseUrl: 'https://auth.example.com/api/scim/', maxResults: 100 })).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
      filter: { supported: true, maxResults: 100 },
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
        location: 'https://auth.example.com/api/scim/ServiceProviderConfig',
      },
    });
  });

  it('should add the documentation URI where the RFC places it', () => {
    const config = sut({
      baseUrl: 'https://x',
      maxResults: 50,
      documentationUri: 'https://docs.example.com/scim',
    });

    expect(config.documentationUri).toBe('https://docs.example.com/scim');
    expect(config.authenticationSchemes[0].documentationUri).toBe('https://docs.example.com/scim');
    expect(config.filter.maxResults).toBe(50);
  });
});
