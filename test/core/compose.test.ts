import { describe, expect, it } from 'vitest';
import { compose, type Middleware } from '../../core/pipeline/compose.js';

describe('compose', () => {
  it('runs stages in order, before and after next', async () => {
    const log: string[] = [];
    const stage = (name: string): Middleware<string[]> => async (ctx, next) => {
      ctx.push(`${name}>`);
      await next();
      ctx.push(`<${name}`);
    };
    await compose([stage('a'), stage('b')])(log);
    expect(log).toEqual(['a>', 'b>', '<b', '<a']);
  });

  it('stops when a stage does not call next', async () => {
    const seen: string[] = [];
    await compose<string[]>([(ctx) => void ctx.push('gate'), (ctx) => void ctx.push('never')])(seen);
    expect(seen).toEqual(['gate']);
  });

  it('refuses next called twice', async () => {
    const twice: Middleware<object> = async (_ctx, next) => {
      await next();
      await next();
    };
    await expect(compose([twice])({})).rejects.toThrow(/next\(\) called twice/u);
  });

  it('propagates errors to the caller (the error boundary)', async () => {
    await expect(compose([() => Promise.reject(new Error('boom'))])({})).rejects.toThrow('boom');
  });
});
