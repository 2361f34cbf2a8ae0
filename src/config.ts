/**
 * Reads process.env once, at the edge. Everything else receives the typed Config.
 * The Bot Framework variable names are the SDK's own, so operators can reuse their settings.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The folder holding package.json, whether this runs from src/ (tsx) or dist/src/ (node). */
export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
  return dir;
}

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .default('false')
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Base URL under which this service is reachable; used for links to documents it serves. */
  PUBLIC_BASE_URL: z.url().optional(),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  MicrosoftAppTenantId: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEEDS_DIR: z.string().min(1).optional(),
  LOCALES_DIR: z.string().min(1).optional(),
  /** Where questions, answers and ratings are appended (JSON lines, no personal data). */
  FEEDBACK_FILE: z.string().min(1).optional(),
  /** When set, conversation and user state and feedback live in this Azure Blob Storage account. */
  AZURE_STORAGE_CONNECTION_STRING: z.string().trim().optional(),
  AZURE_STORAGE_CONTAINER: z
    .string()
    .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'an Azure container name: 3 to 63 lower-case letters, digits and single hyphens')
    .default('clip-housing-assistant'),
  /** Message texts are kept out of the logs unless this is true. */
  LOG_MESSAGE_TEXT: flag,
  /** Behind a load balancer: take the client address for rate limits from X-Forwarded-For. */
  TRUST_PROXY: flag,
});

export interface Config {
  port: number;
  host: string;
  publicBaseUrl: string;
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  seedsDir: string;
  localesDir: string;
  feedbackFile: string;
  /** undefined: MemoryStorage and the feedback file. */
  azureStorage: { connectionString: string; container: string } | undefined;
  logMessageText: boolean;
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    publicBaseUrl: (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
    },
    logLevel: e.LOG_LEVEL,
    seedsDir: path.resolve(e.SEEDS_DIR ?? path.join(PROJECT_ROOT, 'seeds')),
    localesDir: path.resolve(e.LOCALES_DIR ?? path.join(PROJECT_ROOT, 'locales')),
    feedbackFile: path.resolve(e.FEEDBACK_FILE ?? path.join(PROJECT_ROOT, 'data', 'feedback.jsonl')),
    azureStorage: e.AZURE_STORAGE_CONNECTION_STRING ? { connectionString: e.AZURE_STORAGE_CONNECTION_STRING, container: e.AZURE_STORAGE_CONTAINER } : undefined,
    logMessageText: e.LOG_MESSAGE_TEXT,
    trustProxy: e.TRUST_PROXY,
  };
}
