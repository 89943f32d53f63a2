import { AppConfig } from './app-config';
import { ConfigValidationError, loadConfig } from './load-config';

describe(loadConfig.name, () => {
  it('should apply the documented defaults to an empty environment', () => {
    const sut = loadConfig({});
    expect(sut).toBeInstanceOf(AppConfig);
    expect(sut.PORT).toBe(3000);
    expect(sut.ADMIN_PORT).toBe(3001);
    expect(sut.ADMIN_HOST).toBe('127.0.0.1');
    expect(sut.PUBLIC_URL).toBe('http://localhost:3000');
    expect(sut.scimBaseUrl).toBe('http://localhost:3000/api/scim?aadOptscim062020');
  });

  it('should convert numeric variables', () => {
    expect(loadConfig({ PORT: '8080', ADMIN_PORT: '9090' })).toMatchObject({ PORT: 8080, ADMIN_PORT: 9090 });
  });

  it('should list every bad variable in one error', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', PUBLIC_URL: 'not a url' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigValidationError);
    const problems = (caught as ConfigValidationError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'NODE_ENV', 'PUBLIC_URL']) expect(problems).toContain(name);
  });

  it('should require ADMIN_API_TOKEN in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(
      /ADMIN_API_TOKEN is required/,
    );
    expect(loadConfig({ NODE_ENV: 'production', ADMIN_API_TOKEN: 'x'.repeat(32) }).isProduction).toBe(true);
  });

  it('should reject a short ADMIN_API_TOKEN', () => {
    expect(() => loadConfig({ ADMIN_API_TOKEN: 'short' })).toThrow(/at least 24 characters/);
  });

  it('should treat empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ PORT: 3000, DATABASE_URL: undefined });
  });
});
