// A tiny middleware core in the manner of grammY/koa: each stage gets the turn and `next`, may act before
// and after the rest of the pipeline, or stop it by not calling `next`.

export type Next = () => Promise<void>;
export type Middleware<C> = (ctx: C, next: Next) => Promise<void> | void;

export function compose<C>(middlewares: readonly Middleware<C>[]): (ctx: C, last?: Next) => Promise<void> {
  return (ctx, last) => {
    const dispatch = async (i: number): Promise<void> => {
      const middleware = middlewares[i];
      if (!middleware) return last?.();
      let called = false;
      await middleware(ctx, async () => {
        // Calling next twice would run the rest of the pipeline twice: send two replies, record twice.
        if (called) throw new Error(`pipeline: next() called twice by stage ${middleware.name || i}`);
        called = true;
        await dispatch(i + 1);
      });
    };
    return dispatch(0);
  };
}
