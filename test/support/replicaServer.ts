/**
 * The replica over loopback HTTPS, for tests that restart the browser: on a
 * relaunched profile the service worker fetches from Gmail at start-up,
 * before Playwright's routes exist. Chromium is pointed here with
 * --host-resolver-rules, so those early requests reach the replica too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GmailReplica } from '../replica';

export interface ReplicaServer {
  port: number;
  /** Chromium flags that send mail.google.com to this server. */
  chromiumArgs: string[];
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for mail.google.com (Chromium is told to accept it). */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-cert-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
      '-subj', '/CN=mail.google.com', '-addext', 'subjectAltName=DNS:mail.google.com',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Any replica, or something that hands each request to the replica of the moment (Firefox's shared browser). */
export async function serveReplicaOverHttps(replica: Pick<GmailReplica, 'handle'>): Promise<ReplicaServer> {
  const server = createServer(selfSignedCertificate(), (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
      const result = replica.handle({
        method: request.method ?? 'GET',
        url: `https://mail.google.com${request.url ?? '/'}`,
        ...(body !== undefined ? { body } : {}),
      });
      response.writeHead(result.status, result.headers);
      response.end(result.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    chromiumArgs: [`--host-resolver-rules=MAP mail.google.com 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
