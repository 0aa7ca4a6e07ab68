// The one scheduler for `Reply.expires` timers (a channel-quiz question closing), on every platform.
//
// Due times live in the store, not in a process: `track` writes a job when an adapter shows a
// message that expires; every instance polls for due jobs of the adapters it runs, and the store
// hands each job to exactly one of them (a claim with a lease). The claimer asks the core what the
// message becomes (`act(actionId)`), has the adapter edit it and post what follows (the next
// question, the summary), and removes the job. An instance that dies holding a claim only delays
// the job until the lease runs out; one that dies before the due time delays nothing. The quiz's
// own rules make a repeated close harmless (it re-renders the closed card and posts nothing).
//
// Adapters supply only a MessageSink: "edit this message" and "post this next to it". What they
// call a message (Slack channel+ts, a Discord channel and message id) is their own JSON `ref`.
import { randomUUID } from 'node:crypto';
import type { ActionResult, Context, Reply } from './reply.ts';
import type { JobStore, ScheduledJob } from './store/store.ts';
import type { Logger } from './log.ts';

/** How often an instance looks for due jobs. A close is at most this late. */
export const POLL_MS = 500;
/** How long a claim lasts: a job whose claimer died is run again after this. */
export const LEASE_MS = 30_000;
/** The core said "not yet" (clocks a little apart): look again this much later. */
export const RETRY_NOT_YET_MS = 1_000;
const CLAIM_BATCH = 20;

export interface MessageSink<Ref = unknown> {
  /** Replaces the message `ref` with `reply`. */
  edit(ref: Ref, reply: Reply, ctx: Context): Promise<void>;
  /** Posts `reply` where `ref` is (same channel or thread); the new message's ref, if it can be edited later. */
  post(ref: Ref, reply: Reply, ctx: Context): Promise<Ref | undefined>;
}

export interface Scheduler {
  /** Lets this instance run the jobs of `sink` (and starts polling). */
  register<Ref>(sink: string, adapter: MessageSink<Ref>): void;
  /** This instance no longer runs `sink`'s jobs (its adapter stopped); other instances still do. */
  unregister(sink: string): void;
  /**
   * The message `ref` now shows `reply`: keeps its timer (a click's re-render keeps or moves it),
   * or drops the message's old timer when `reply` has none (moved on early, stopped).
   */
  track<Ref>(sink: string, reply: Reply, ctx: Context, ref: Ref): Promise<void>;
  /** Runs the jobs due now once; resolves to how many ran (the poll calls this; tests may too). */
  runDue(): Promise<number>;
  /** Stops polling and waits for running jobs. */
  stop(): Promise<void>;
}

export interface SchedulerDeps {
  jobs: JobStore;
  act: (actionId: string, ctx: Context) => Promise<ActionResult>;
  now?: () => number;
  log?: Logger;
  pollMs?: number;
  leaseMs?: number;
  /** This instance's name on its claims (default: random). */
  owner?: string;
}

export function createScheduler(d: SchedulerDeps): Scheduler {
  const now = d.now ?? Date.now;
  const owner = d.owner ?? `instance-${randomUUID().slice(0, 8)}`;
  const pollMs = d.pollMs ?? POLL_MS;
  const leaseMs = d.leaseMs ?? LEASE_MS;
  const sinks = new Map<string, MessageSink>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = false;

  const jobId = (sink: string, ref: unknown) => `${sink}:${JSON.stringify(ref)}`;
  const jobOf = (sink: string, reply: Reply, ctx: Context, ref: unknown): ScheduledJob | undefined =>
    reply.expires && {
      id: jobId(sink, ref),
      sink,
      actionId: reply.expires.actionId,
      dueAt: reply.expires.atMs,
      ctx: JSON.stringify(ctx),
      ref: JSON.stringify(ref),
    };

  async function run(job: ScheduledJob): Promise<void> {
    const sink = sinks.get(job.sink)!;
    const ctx = JSON.parse(job.ctx) as Context;
    const ref = JSON.parse(job.ref) as unknown;
    const result = await d.act(job.actionId, ctx);
    if (result.replace) await sink.edit(ref, result.replace, ctx);
    await d.jobs.done(job.id, owner);
    const again = result.replace?.expires;
    if (again) {
      // "Not yet" (the same timer, still due): look again shortly rather than at every poll.
      const atMs = again.actionId === job.actionId && again.atMs <= now() ? now() + RETRY_NOT_YET_MS : again.atMs;
      await d.jobs.put(jobOf(job.sink, { ...result.replace!, expires: { ...again, atMs } }, ctx, ref)!);
    }
    // Nobody clicked, so a private reply has nobody to go to; public ones (the next question, the summary) are posted.
    if (result.reply && result.reply.visibility !== 'private') {
      const next = await sink.post(ref, result.reply, ctx);
      if (next !== undefined) await track(job.sink, result.reply, ctx, next);
    }
  }

  async function runDue(): Promise<number> {
    if (stopped || !sinks.size) return 0;
    const t = now();
    const due = await d.jobs.claimDue([...sinks.keys()], t, owner, t + leaseMs, CLAIM_BATCH);
    for (const job of due) {
      try {
        await run(job);
      } catch (err) {
        // The claim stays until its lease runs out; then this or another instance tries again.
        d.log?.warn(`schedule: ${job.actionId} failed:`, err instanceof Error ? err.message : String(err));
      }
    }
    return due.length;
  }

  async function track(sink: string, reply: Reply, ctx: Context, ref: unknown): Promise<void> {
    if (stopped) return;
    const job = jobOf(sink, reply, ctx, ref);
    if (job) await d.jobs.put(job);
    else await d.jobs.cancel(jobId(sink, ref));
  }

  function poll(): void {
    if (running || stopped) return;
    running = runDue()
      .catch((err: unknown) => {
        d.log?.warn('schedule: looking for due jobs failed:', err instanceof Error ? err.message : String(err));
        return 0;
      })
      .finally(() => (running = undefined));
  }

  return {
    register(sink, adapter) {
      sinks.set(sink, adapter as MessageSink);
      if (!timer && !stopped) {
        timer = setInterval(poll, pollMs);
        timer.unref();
      }
    },
    unregister(sink) {
      sinks.delete(sink);
    },
    track: (sink, reply, ctx, ref) => track(sink, reply, ctx, ref),
    runDue,
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
