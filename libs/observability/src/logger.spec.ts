import { createLogger } from './logger';

describe(createLogger.name, () => {
  function capture(): { lines: string[]; destination: { write(line: string): void } } {
    const lines: string[] = [];
    return { lines, destination: { write: (line: string) => void lines.push(line) } };
  }

  it('should write one JSON object per line with an ISO time, a level name and the service', () => {
    const { lines, destination } = capture();
    const sut = createLogger({ service: 'scim-api', level: 'info', destination });

    sut.info({ route: '/x' }, 'request');

    expect(JSON.parse(lines[0])).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) as unknown,
      service: 'scim-api',
      route: '/x',
      msg: 'request',
    });
  });

  it('should censor credentials passed under known names', () => {
    const { lines, destination } = capture();
    const sut = createLogger({ service: 'scim-api', level: 'info', destination });

    sut.info({ headers: { authorization: 'Bearer scim_secret' }, token: 'scim_secret' }, 'oops');

    expect(lines.join('')).not.toContain('scim_secret');
  });

  it('should write nothing when silent', () => {
    const { lines, destination } = capture();

    createLogger({ service: 'scim-api', level: 'silent', destination }).error('x');

    expect(lines).toEqual([]);
  });
});
