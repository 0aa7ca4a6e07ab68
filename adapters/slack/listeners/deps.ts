// What every listener needs: the core, the way to send its answer, and a guard for the work
// it does after acking Slack.
import type { Tutor } from '../../../src/tutor.ts';
import type { Delivery, Where } from '../delivery.ts';
import type { Inflight } from '../inflight.ts';

export interface SlackDeps {
  tutor: Tutor;
  delivery: Delivery;
  inflight: Inflight;
}

/** Runs a listener's work: tracked so stop() lets it finish; a failure is logged and told to the person, never silent. */
export async function runGuarded(deps: SlackDeps, w: Where, what: string, work: () => Promise<void>): Promise<void> {
  await deps.inflight.track(
    (async () => {
      try {
        await work();
      } catch (err) {
        await deps.delivery.reportFailure(w, err, what);
      }
    })(),
  );
}
