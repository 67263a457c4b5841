/** Sends a protocol message to the background and unwraps its reply. */
import browser from 'webextension-polyfill';
import type { MessageType, Payload, Reply, Responses } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

export async function send<T extends MessageType>(type: T, payload: Payload<T>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
  if (!reply) throw new MessageError(`${type}: no reply from the background`);
  if (!reply.ok) throw new MessageError(`${type}: ${reply.error}`);
  return reply.value;
}
