import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentContext } from '../../src/content/context';
import { startFeatures, type FeatureDefinition } from '../../src/content/features/registry';

const context = {} as ContentContext;
afterEach(() => vi.restoreAllMocks());

describe('content features', () => {
  it('names the feature in its errors, and the others go on', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const calls: string[] = [];
    const broken: FeatureDefinition = {
      name: 'thread control',
      init: () => ({
        update: () => {
          throw new TypeError('boom');
        },
      }),
    };
    const working: FeatureDefinition = { name: 'row markers', init: () => ({ update: () => calls.push('update'), changed: () => calls.push('changed') }) };
    const features = startFeatures([broken, working], context, new AbortController().signal);
    features.update();
    features.changed();
    expect(calls).toEqual(['update', 'changed']);
    expect(error).toHaveBeenCalledWith('[Followthrough]', 'feature "thread control" failed on a Gmail change', 'TypeError: boom');
  });

  it('starts the others when one fails to start, naming it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const update = vi.fn();
    const features = startFeatures(
      [
        { name: 'compose control', init: () => { throw new Error('no compose'); } },
        { name: 'row markers', init: () => ({ update }) },
      ],
      context,
      new AbortController().signal,
    );
    features.update();
    expect(update).toHaveBeenCalledOnce();
    expect(error).toHaveBeenCalledWith('[Followthrough]', 'feature "compose control" failed to start', 'Error: no compose');
  });

  it('gives every feature the signal, and calls none once it aborted', () => {
    const stop = new AbortController();
    const update = vi.fn();
    let given: AbortSignal | undefined;
    const features = startFeatures([{ name: 'row markers', init: (_c, signal) => ((given = signal), { update }) }], context, stop.signal);
    expect(given).toBe(stop.signal);
    stop.abort();
    features.update();
    features.changed();
    expect(update).not.toHaveBeenCalled();
  });
});
