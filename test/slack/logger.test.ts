// Bolt's logger, backed by ours: whatever Bolt hands it, logging never throws and secrets stay masked.
import { expect, test } from 'vitest';
import { LogLevel } from '@slack/bolt';
import { boltLogger } from '../../adapters/slack/bolt-logger.ts';
import { createLogger } from '../../src/log.ts';

test('a circular object is logged, not thrown back into Bolt', () => {
  const lines: string[] = [];
  const logger = boltLogger(createLogger('debug', (l) => lines.push(l)), LogLevel.DEBUG);
  const circular: Record<string, unknown> = { token: 'xoxb-123-456-abcdef' };
  circular.self = circular;
  expect(() => logger.warn('socket state', circular, undefined)).not.toThrow();
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/slack\(bolt\): socket state/);
  logger.info({ token: 'xoxb-123-456-abcdef' });
  expect(lines[1]).not.toMatch(/abcdef/);
});
