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

export { fail } from './fail.js';
