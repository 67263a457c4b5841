/**
 * Closing the browser loses nothing: follow-ups that came due while it was
 * closed are handled when it opens again — each once, in one summary — and a
 * reply that arrived meanwhile closes its follow-up instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_ID } from '../../src/background/notificationIds';
import { sampleReplica, SAMPLE } from '../replica';
import { chromiumWithClockAhead } from '../support/clockAhead';
import { launchExtension, type ExtensionSession } from '../support/launch';
import { badgeText, baselineRecorded, GmailPage, notificationIds, storedFollowUps } from '../support/pages';
import { serveReplicaOverHttps, type ReplicaServer } from '../support/replicaServer';

const ALARM_WAIT = { timeout: 30_000, interval: 250 };
const { unansweredThread, htmlSubjectThread, followedUpThread } = SAMPLE.account0;

let session: ExtensionSession | undefined;
let server: ReplicaServer | undefined;
let profileDir: string | undefined;
afterEach(async () => {
  await session?.close();
  await server?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  session = server = profileDir = undefined;
});

describe('after the browser was closed', () => {
  it('fires what came due once, in one summary, and closes what was answered', async () => {
    const replica = sampleReplica();
    server = await serveReplicaOverHttps(replica);
    profileDir = mkdtempSync(join(tmpdir(), 'followthrough-restart-'));
    const launch = (executablePath?: string) =>
      launchExtension({ replica, profileDir, extraArgs: server!.chromiumArgs, ...(executablePath ? { executablePath } : {}) });

    session = await launch();
    const gmail = await GmailPage.open(session, '/mail/u/0/#sent');
    for (const thread of [unansweredThread, htmlSubjectThread, followedUpThread]) {
      await gmail.openThreadFromList('sent', thread);
      await gmail.choose('tomorrow');
    }
    expect(await storedFollowUps(session)).toHaveLength(3);
    for (const f of await storedFollowUps(session)) await baselineRecorded(session, f.id);
    await session.close();

    // While the browser is closed, Morgan answers one of them.
    replica.addReply(0, followedUpThread, {
      from: { name: 'Morgan Lee', email: 'morgan@brightline.example' },
      body: 'Thanks for the nudge, Alex. Yes, we are in.',
    });

    // Three days later the browser opens again; nothing but the extension's own start-up runs.
    const threeDaysLater = chromiumWithClockAhead('+3d');
    session = await launch(threeDaysLater);
    await expect.poll(() => notificationIds(session!), ALARM_WAIT).toEqual([SUMMARY_ID]);
    await expect.poll(() => badgeText(session!), ALARM_WAIT).toBe('2');
    const after = await storedFollowUps(session);
    const byThread = (hex: string) => after.find((f) => f.threadId === hex)!;
    expect(byThread(followedUpThread)).toMatchObject({
      status: 'replied',
      replyCheck: { outcome: 'replied', evidence: { by: { email: 'morgan@brightline.example' } } },
    });
    for (const hex of [unansweredThread, htmlSubjectThread]) {
      expect(byThread(hex)).toMatchObject({ status: 'pending', replyCheck: { outcome: 'no-reply' } });
      expect(byThread(hex).firedAt).toBeGreaterThan(byThread(hex).dueAt);
    }
    await session.close();

    // Opened once more, a minute on: the engine runs again and fires nothing twice.
    session = await launch(threeDaysLater);
    await expect.poll(() => badgeText(session!), ALARM_WAIT).toBe('2');
    expect(await notificationIds(session)).toEqual([]);
    const again = await storedFollowUps(session);
    expect(again.map((f) => [f.id, f.firedAt]).sort()).toEqual(after.map((f) => [f.id, f.firedAt]).sort());
  });
});
