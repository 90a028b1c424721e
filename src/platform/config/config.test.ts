import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs on the embedded database in ./.kuulo on port 3000 when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'embedded', dataDir: '/srv/app/.kuulo' });
    expect(config.publicUrl).toBe('http://localhost:3000');
    expect(config.isSecureCookies).toBe(false);
  });

  it('uses a PostgreSQL server when DATABASE_URL is set, and secure cookies behind https', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://kuulo@db:5432/kuulo', PUBLIC_URL: 'https://voc.example.com/', PORT: '8080' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://kuulo@db:5432/kuulo', poolSize: 10 });
    expect(config.publicUrl).toBe('https://voc.example.com');
    expect(config.isSecureCookies).toBe(true);
  });

  it('names every wrong value with what it should be, and never echoes a password', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://root:hunter2@db/x', LOG_LEVEL: 'loud', KUULO_TRUST_PROXY: 'maybe', PUBLIC_URL: 'ftp://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(5);
    expect(problems).toContain('PORT must be a whole number (got "abc")');
    expect(problems.find((p) => p.startsWith('DATABASE_URL'))).toMatch(/must be a postgres:\/\/ URL/);
    expect(problems.join('\n')).not.toContain('hunter2');
    expect(problems.find((p) => p.startsWith('LOG_LEVEL'))).toMatch(/must be one of fatal, error/);
    expect(problems.find((p) => p.startsWith('KUULO_TRUST_PROXY'))).toMatch(/must be true or false/);
    expect(problems.find((p) => p.startsWith('PUBLIC_URL'))).toMatch(/must be an http\(s\) URL/);
    expect((error as Error).message).toMatch(/^Kuulo cannot start/);
  });

  it('rejects a port out of range and a short setup token', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
    expect(() => loadConfig({ KUULO_SETUP_TOKEN: 'short' })).toThrow(/KUULO_SETUP_TOKEN must be at least 16 characters \(got "\*\*\*"\)/);
  });
});
