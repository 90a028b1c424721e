import path from 'node:path';
import { z } from 'zod';

/**
 * Kuulo's configuration, read once from the environment and validated.
 * Nothing else in the code base reads `process.env`.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be between 0 and 65535' })
    .max(65535, { error: 'must be between 0 and 65535' })
    .default(3000),
  HOST: z.string().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://voc.example.com' })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, { error: 'must be a postgres:// URL, or unset to use the embedded database' })
    .optional(),
  KUULO_DATA_DIR: z.string().min(1, { error: 'must not be empty' }).default('.kuulo'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  KUULO_TRUST_PROXY: booleanFromEnv.default(false),
  KUULO_SETUP_TOKEN: z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  KUULO_HOUSEKEEPING_CRON: z
    .string()
    .regex(/^(\S+\s+){4}\S+$/, { error: 'must be a cron expression with five fields, such as "17 3 * * *"' })
    .default('17 3 * * *'),
  KUULO_PUBLIC_RATE_LIMIT: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .default(120),
  KUULO_DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(2, { error: 'must be at least 2' })
    .max(200, { error: 'must be at most 200' })
    .default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, { error: 'must be an SMTP URL such as smtps://user:password@smtp.example.com:465' })
    .optional(),
  KUULO_MAIL_FROM: z.string().min(3).max(320).default('Kuulo <kuulo@localhost>'),
  /** Invitations sent per second at most, per server (0: as fast as the SMTP server takes them). */
  MAIL_RATE_PER_SECOND: z.coerce.number({ error: 'must be a number' }).min(0, { error: 'must be 0 or more' }).max(100_000).default(50),
  KUULO_WEBHOOKS_ALLOW_PRIVATE: booleanFromEnv.default(false),
  KUULO_WEBHOOK_RETRY_SECONDS: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(3600, { error: 'must be at most 3600' })
    .default(30),
});

export type DatabaseConfig =
  | { kind: 'embedded'; dataDir: string | null }
  | { kind: 'postgres'; url: string; poolSize: number };

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  database: DatabaseConfig;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  setupToken: string | undefined;
  housekeepingCron: string;
  /** Survey submissions a single address may send per minute to the public endpoints. */
  publicRateLimitPerMinute: number;
  /** Mail: the SMTP server (null: mail stays in the outbox) and the default sender. */
  mail: { smtpUrl: string | null; from: string; ratePerSecond: number };
  /** Webhooks: whether they may reach private addresses, and the wait before the first retry (it doubles each time). */
  webhooks: { allowPrivateAddresses: boolean; firstRetrySeconds: number };
  /** Cookies get the Secure flag and the __Host- prefix when Kuulo is served over https. */
  isSecureCookies: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Kuulo cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the configuration; throws a ConfigError listing every wrong value.
 * @example loadConfig({ PORT: '8080' }).port // 8080
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '');
        const given = present[name];
        return `${name} ${issue.message}${given === undefined ? '' : ` (got "${mask(name, given)}")`}`;
      }),
    );
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL, poolSize: e.KUULO_DATABASE_POOL_SIZE }
      : { kind: 'embedded', dataDir: path.resolve(cwd, e.KUULO_DATA_DIR) },
    logLevel: e.LOG_LEVEL,
    trustProxy: e.KUULO_TRUST_PROXY,
    setupToken: e.KUULO_SETUP_TOKEN,
    housekeepingCron: e.KUULO_HOUSEKEEPING_CRON,
    publicRateLimitPerMinute: e.KUULO_PUBLIC_RATE_LIMIT,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.KUULO_MAIL_FROM, ratePerSecond: e.MAIL_RATE_PER_SECOND },
    webhooks: { allowPrivateAddresses: e.KUULO_WEBHOOKS_ALLOW_PRIVATE, firstRetrySeconds: e.KUULO_WEBHOOK_RETRY_SECONDS },
    isSecureCookies: publicUrl.startsWith('https:'),
  };
}

/** Never echo a secret back, even in an error message. */
function mask(name: string, value: string): string {
  if (name === 'KUULO_SETUP_TOKEN') return '***';
  if (name === 'DATABASE_URL' || name === 'SMTP_URL') return value.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  return value;
}
