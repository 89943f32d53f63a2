import pino, { type DestinationStream, type Level, type Logger } from 'pino';

export const APP_LOGGER = Symbol('APP_LOGGER');
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');

export type AppLogger = Logger;

/**
 * Defence in depth: nothing logs headers or bodies, but should a credential ever reach a log call under one of
 * these names it is censored rather than written.
 */
const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'token',
  '*.token',
  'secret',
  '*.secret',
  'password',
  '*.password',
];

/**
 * One JSON object per line on stdout (the twelve-factor way; the platform collects it). `time` is ISO 8601 and
 * `level` a name, so the lines read without a pino-aware tool. The destination is synchronous: lines written just
 * before process.exit on SIGTERM are not lost.
 */
export function createLogger(options: {
  service: string;
  level: Level | 'silent';
  destination?: DestinationStream;
}): AppLogger {
  return pino(
    {
      level: options.level,
      base: { service: options.service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
