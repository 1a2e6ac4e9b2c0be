import { z } from 'zod';

const DEV_SESSION_SECRET = 'selaras-dev-secret-not-for-production-use';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  WEB_DIST: z.string().optional(),
  APP_COMMIT: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  UPLOAD_LIMIT_BYTES: z.coerce.number().int().min(1024).default(10 * 1_048_576),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  JOBS_ENABLED: z.enum(['true', 'false']).default('true'),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().default('Selaras <no-reply@selaras.local>'),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  WEBHOOK_SECRET: z.string().min(16).optional(),
  REMINDER_OFFSETS_DAYS: z
    .string()
    .regex(/^\s*-?\d{1,2}(\s*,\s*-?\d{1,2})*\s*$/, 'comma-separated whole days, e.g. -3,-1,0,1')
    .default('-3,-1,0,1'),
  DIGEST: z.enum(['daily', 'weekly']).default('daily'),
  DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  sessionSecret: string;
  sessionTtlHours: number;
  demo: boolean;
  logLevel: string;
  trustProxy: boolean;
  webDist: string | null;
  commit: string | null;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  loginRateLimitPerMinute: number;
  secureCookies: boolean;
  jobsEnabled: boolean;
  /** Email is off unless an SMTP server is configured. */
  smtp: { url: string; from: string } | null;
  /** The webhook (e.g. a WhatsApp gateway) is off unless both URL and secret are set. */
  webhook: { url: string; secret: string } | null;
  reminderOffsetsDays: number[];
  digest: 'daily' | 'weekly';
  digestHour: number;
};

export class ConfigError extends Error {}

/** Reads the environment once; production refuses dev secrets and never runs in demo mode. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (FOO=) means "not set", as in most deployment tooling.
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET (at least 32 characters) is required when NODE_ENV=production');
  }
  if (production && e.DEMO === 'true') {
    throw new ConfigError('DEMO=true is not allowed when NODE_ENV=production');
  }
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    throw new ConfigError('WEBHOOK_SECRET (at least 16 characters) is required when WEBHOOK_URL is set');
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.DATA_DIR,
    databaseUrl: e.DATABASE_URL ?? null,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    demo: production ? false : e.DEMO !== 'false',
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === 'true',
    webDist: e.WEB_DIST ?? null,
    commit: e.APP_COMMIT ?? null,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadLimitBytes: e.UPLOAD_LIMIT_BYTES,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    secureCookies: production,
    jobsEnabled: e.JOBS_ENABLED === 'true',
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : null,
    webhook: e.WEBHOOK_URL && e.WEBHOOK_SECRET ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET } : null,
    reminderOffsetsDays: [...new Set(e.REMINDER_OFFSETS_DAYS.split(',').map((d) => Number(d.trim())))].sort((a, b) => a - b),
    digest: e.DIGEST,
    digestHour: e.DIGEST_HOUR,
  };
}
