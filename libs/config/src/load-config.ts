import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppConfig } from './app-config';

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

const KNOWN_KEYS = new Set(Object.keys(new AppConfig()).concat('DATABASE_URL', 'ADMIN_API_TOKEN'));

/**
 * Validates the environment once and lists every bad variable in one error, so an operator fixes them all in one go.
 * Empty strings count as unset (docker compose passes `VAR=` for unset interpolations).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (KNOWN_KEYS.has(key) && value !== undefined && value !== '') relevant[key] = value;
  }
  const config = plainToInstance(AppConfig, relevant);
  const errors = validateSync(config, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigValidationError(
      errors.map((error) => `${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`),
    );
  }
  return config;
}
