// Ending a command with a message for a person. Its own module so that commands which need nothing
// else from settings.ts (`xiaoer match`) do not load the configuration schema.

/** Prints a failure for a person and exits non-zero, without a stack trace for expected errors. */
export function fail(message: string, code = 1): never {
  process.stderr.write(message.endsWith('\n') ? message : message + '\n');
  process.exit(code);
}
