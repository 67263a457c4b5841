import { describe, expect, it } from 'vitest';
import { IDLE, onComposeEvent, type ComposeEvent, type SendEffect, type SendState } from '../../src/content/sendDetection';

/** Runs events from idle; returns the effects in order and the state at the end. */
function run(...types: Array<ComposeEvent['type']>): { effects: SendEffect[]; state: SendState } {
  let state = IDLE;
  const effects: SendEffect[] = [];
  for (const type of types) {
    const next = onComposeEvent(state, { type } as ComposeEvent);
    state = next.state;
    effects.push(next.effect);
  }
  return { effects, state };
}

const last = (...types: Array<ComposeEvent['type']>) => run(...types).effects.at(-1);

describe('when a compose counts as sent', () => {
  it('a send asked for, then the compose gone: sent, from what was read when Send was pressed', () => {
    expect(run('send', 'gone').effects).toEqual(['capture', 'sent']);
  });

  it('a time picked in the schedule menu this compose opened: sent at that time', () => {
    expect(run('send-options', 'schedule-picked', 'gone').effects).toEqual(['none', 'capture-scheduled', 'sent']);
  });

  it('typing while the schedule menu is open keeps it open for this compose', () => {
    expect(run('send-options', 'edit', 'schedule-picked').effects.at(-1)).toBe('capture-scheduled');
  });

  it('a second Send after a refusal and a fix counts', () => {
    expect(run('send', 'refused', 'edit', 'send', 'gone').effects.at(-1)).toBe('sent');
  });
});

describe('when it does not', () => {
  it.each<[string, Array<ComposeEvent['type']>]>([
    ['closed without Send', ['gone']],
    ['discarded after Send was pressed', ['send', 'discard', 'gone']],
    ['Escape after Send', ['send', 'escape', 'gone']],
    ['Gmail refused, then the draft was closed', ['send', 'refused', 'gone']],
    ['the user went back to writing after Send, then closed it', ['send', 'edit', 'gone']],
    ['a schedule menu closed with Escape, then the draft closed', ['send-options', 'escape', 'schedule-picked', 'gone']],
    ['a schedule time picked for another compose', ['schedule-picked', 'gone']],
  ])('%s', (_name, events) => {
    expect(last(...events)).toBe('none');
  });

  it('forgets the choice of a discarded draft', () => {
    expect(last('discard')).toBe('forget');
  });

  it('leaves every path idle once the compose is gone', () => {
    for (const events of [['send', 'gone'], ['send-options', 'gone'], ['gone']] as const) {
      expect(run(...events).state).toEqual(IDLE);
    }
  });
});
