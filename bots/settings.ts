// Loads .env and the configuration for a command; a wrong setting stops here with its name.
import { ConfigError, loadConfig, loadDotEnv, type Config } from '../core/config.js';

export function settings(): Config {
  loadDotEnv();
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every setting and its default.\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** Prints a failure for a person and exits non-zero, without a stack trace for expected errors. */
export function fail(message: string, code = 1): never {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(code);
}
