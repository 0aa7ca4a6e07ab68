import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';

const TOKEN = 'sixteen-chars-ok!';

describe('dashboard settings', () => {
  it('no DASHBOARD_TOKEN: no dashboard, nothing to say', () => {
    const c = readConfig({});
    expect(c.dashboard).toBeUndefined();
    expect(c.dashboardProblem).toBeUndefined();
  });

  it('a token of 16+ characters serves it on 127.0.0.1:8080 unless told otherwise', () => {
    expect(readConfig({ DASHBOARD_TOKEN: TOKEN }).dashboard).toEqual({ token: TOKEN, port: 8080, host: '127.0.0.1' });
    expect(readConfig({ DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: '9090', DASHBOARD_HOST: '0.0.0.0' }).dashboard).toEqual({ token: TOKEN, port: 9090, host: '0.0.0.0' });
  });

  it('a short token: one clear line without the value, and no dashboard', () => {
    const c = readConfig({ DASHBOARD_TOKEN: 'short-secret' });
    expect(c.dashboard).toBeUndefined();
    expect(c.dashboardProblem).toMatch(/^config: DASHBOARD_TOKEN .*at least 16 characters.*not served$/);
    expect(c.dashboardProblem).not.toContain('short-secret');
    expect(c.dashboardProblem!.split('\n')).toHaveLength(1);
  });

  it('a bad port stops start-up naming the variable', () => {
    expect(() => readConfig({ DASHBOARD_TOKEN: TOKEN, DASHBOARD_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => readConfig({ DASHBOARD_PORT: '70000' })).toThrow(/DASHBOARD_PORT/);
  });
});
