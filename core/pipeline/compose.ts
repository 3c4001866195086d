// A tiny middleware core in the manner of grammY/koa: each stage gets the turn and `next`, may act before
// and after the rest of the pipeline, or stop it by not calling `next`.

export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => Promise<void> | void;

export function compose<C>(middlewares: readonly Middleware<C>[]): (ctx: C, last?: Next) => Promise<void> {
  return (ctx, last) => {
    // The furthest stage started. A stage's `next` is a plain function returning the next stage's own
    // promise: no async wrapper (and its promise) per stage per turn.
    let started = -1;
    const dispatch = (i: number): Promise<void> => {
      // Calling next twice would run the rest of the pipeline twice: send two replies, record twice.
      if (i <= started) return Promise.reject(new Error(`pipeline: next() called twice by stage ${middlewares[i - 1]?.name || i - 1}`));
      started = i;
      const middleware = middlewares[i];
      try {
        if (!middleware) return Promise.resolve(last?.());
        return Promise.resolve(middleware(ctx, () => dispatch(i + 1)));
      } catch (error) {
        return Promise.reject(error);
      }
    };
    return dispatch(0);
  };
}
