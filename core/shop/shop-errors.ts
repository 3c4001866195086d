// How a shop system fails. Only two cases matter to the dialogue: the system could not answer (the
// customer is told so and nothing is guessed), or it answered "no such thing" (undefined, not an error).

export type UnavailableReason = 'timeout' | 'network' | 'server' | 'rate_limited' | 'circuit_open' | 'misconfigured' | 'malformed';

export class ShopUnavailableError extends Error {
  override name = 'ShopUnavailableError';
  constructor(
    readonly reason: UnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** Worth another try soon: a timeout or a hiccup, not a wrong token or a broken response. */
  get retryable(): boolean {
    return this.reason === 'timeout' || this.reason === 'network' || this.reason === 'server' || this.reason === 'rate_limited';
  }
}

export function isShopUnavailable(error: unknown): error is ShopUnavailableError {
  return error instanceof ShopUnavailableError;
}

/** Maps an HTTP status that is not a success or a 404 to the failure it means. */
export function unavailableForStatus(status: number, what: string): ShopUnavailableError {
  if (status === 401 || status === 403) return new ShopUnavailableError('misconfigured', `${what}: HTTP ${status} (check the token and its permissions)`);
  if (status === 429) return new ShopUnavailableError('rate_limited', `${what}: HTTP 429 (rate limited)`);
  if (status >= 500) return new ShopUnavailableError('server', `${what}: HTTP ${status}`);
  return new ShopUnavailableError('malformed', `${what}: unexpected HTTP ${status}`);
}
