// `npm run admin -- <command>`: operator tasks run against the server's own configured database.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hash } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { NipSchema, PasswordSchema, RoleSchema, UsernameSchema } from '@selaras/contracts';
import { createAudit } from '../platform/audit/audit.js';
import { ConfigError, loadConfig } from '../platform/config.js';
import { DataDirInUseError } from '../platform/db/dir-lock.js';
import { openDatabase, type Db } from '../platform/db/index.js';
import { orgUnits } from '../modules/org-units/index.js';
import { findUserByUsername, insertPosition, insertUser } from '../modules/users/index.js';
import { seedIfEmpty } from '../seed.js';

export const PASSWORD_ENV = 'SELARAS_ADMIN_PASSWORD';

export const HELP = `Usage: npm run admin -- <command> [options]

Commands:
  create-user   Create a user holding one position (e.g. the first administrator of an install)
  help          Show this help

create-user options:
  --username <u>     sign-in name: lower-case letters, digits, . _ - (3-64 characters)
  --name <text>      full name
  --unit <code>      unit code, e.g. ditjenpas, banten, lapas-kelas-i-tangerang
  --role <role>      ${RoleSchema.options.join(', ')}
  --title <text>     position title, e.g. "Administrator Sistem"
  --nip <digits>     optional, 18 digits
  --email <address>  optional

The password is read from ${PASSWORD_ENV}; when it is not set, it is asked for on the terminal
(not echoed). At least 10 characters. The command uses the same DATA_DIR or DATABASE_URL as the
server; with the embedded database (DATA_DIR) stop the server first.

Example:
  npm run admin -- create-user --username admin --name "Admin Sistem" --unit ditjenpas \\
    --role admin --title "Administrator Sistem"
`;

/** An error the person running the command can act on; printed without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

const CreateUserArgsSchema = z.object({
  username: UsernameSchema,
  name: z.string().trim().min(2).max(200),
  unit: z.string().trim().toLowerCase().min(1),
  role: RoleSchema,
  title: z.string().trim().min(2).max(200),
  nip: NipSchema.optional(),
  email: z.email().max(200).optional(),
});
export type CreateUserArgs = z.infer<typeof CreateUserArgsSchema>;

const REQUIRED = ['username', 'name', 'unit', 'role', 'title'] as const;

/** Parses and validates `create-user` options with the same schemas the API uses. */
export function parseCreateUserArgs(argv: string[]): CreateUserArgs {
  const option = { type: 'string' } as const;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        username: option,
        name: option,
        unit: option,
        role: option,
        title: option,
        nip: option,
        email: option,
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new CliError(`${err instanceof Error ? err.message : String(err)}\nSee: npm run admin -- help`, 2);
  }
  const missing = REQUIRED.filter((key) => !values[key]);
  if (missing.length > 0) {
    throw new CliError(`Missing ${missing.map((k) => `--${k}`).join(', ')}.\nSee: npm run admin -- help`, 2);
  }
  const parsed = CreateUserArgsSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`);
    throw new CliError(`Invalid options:\n${lines.join('\n')}`, 2);
  }
  return parsed.data;
}

function promptHidden(question: string, stdin: NodeJS.ReadStream, out: NodeJS.WritableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (err?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      out.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return finish();
        if (ch === '\u0003') return finish(new CliError('Cancelled.', 130));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    out.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** The new user's password: from the environment, else typed twice on a terminal; never echoed. */
export async function readPassword(io: {
  fromEnv: string | undefined;
  stdin: NodeJS.ReadStream;
  out: NodeJS.WritableStream;
}) {
  let password = io.fromEnv;
  if (!password) {
    if (!io.stdin.isTTY) {
      throw new CliError(`No password: set ${PASSWORD_ENV}, or run the command in a terminal to type it.`);
    }
    password = await promptHidden('Password for the new user: ', io.stdin, io.out);
    const again = await promptHidden('Repeat the password: ', io.stdin, io.out);
    if (again !== password) throw new CliError('The two passwords differ; nothing was changed.');
  }
  const parsed = PasswordSchema.safeParse(password);
  if (!parsed.success) throw new CliError(`Password rejected: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

type PgError = { code?: string; constraint?: string; detail?: string };

function rethrowUnique(err: unknown): never {
  const e = ((err as { cause?: PgError }).cause ?? err) as PgError;
  const what = `${e.constraint ?? ''} ${e.detail ?? ''}`;
  if (e.code === '23505' && what.includes('username'))
    throw new CliError('That username already exists; nothing was changed.');
  if (e.code === '23505' && what.includes('nip'))
    throw new CliError('That NIP already belongs to another user; nothing was changed.');
  throw err;
}

/** Creates the user, its position and the `users.created` audit event (no actor: run from the console) in one transaction. */
export async function createUserFromCli(
  db: Db,
  input: CreateUserArgs & { passwordHash: string },
  clock = () => new Date(),
) {
  const audit = createAudit({ clock });
  return db
    .transaction(async (tx) => {
      const [unit] = await tx
        .select({ id: orgUnits.id, path: orgUnits.path, name: orgUnits.name })
        .from(orgUnits)
        .where(eq(orgUnits.code, input.unit));
      if (!unit)
        throw new CliError(`No unit with code "${input.unit}" (examples: ditjenpas, banten); nothing was changed.`);
      if (await findUserByUsername(tx, input.username)) {
        throw new CliError(`A user named "${input.username}" already exists; nothing was changed.`);
      }
      const user = await insertUser(tx, {
        username: input.username,
        name: input.name,
        nip: input.nip ?? null,
        email: input.email ?? null,
        passwordHash: input.passwordHash,
      });
      await insertPosition(tx, { userId: user.id, title: input.title, role: input.role, unitId: unit.id });
      await audit.record(tx, null, {
        action: 'users.created',
        subjectType: 'user',
        subjectId: user.id,
        unitId: unit.id,
        unitPath: unit.path,
        summary: { username: user.username, role: input.role, position: input.title, via: 'admin CLI (create-user)' },
      });
      return { userId: user.id, unitName: unit.name };
    })
    .catch(rethrowUnique);
}

async function createUserCommand(argv: string[]): Promise<void> {
  const args = parseCreateUserArgs(argv);
  const password = await readPassword({
    fromEnv: process.env[PASSWORD_ENV],
    stdin: process.stdin,
    out: process.stderr,
  });
  const config = loadConfig();
  const passwordHash = await hash(password);
  const database = await openDatabase(config);
  try {
    // The same start-up steps as the server, so a fresh install has its schema and unit hierarchy.
    await database.migrate();
    await seedIfEmpty(database, { demo: false });
    const created = await createUserFromCli(database.db, { ...args, passwordHash });
    process.stdout.write(
      `Created user "${args.username}" (${args.title}, role ${args.role}, ${created.unitName}), id ${created.userId}.\n`,
    );
  } finally {
    await database.close();
  }
}

/** Runs one command; returns the process exit code. */
export async function runAdmin(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'help' || command === '--help' || command === '-h') {
      process.stdout.write(HELP);
      return 0;
    }
    if (command === 'create-user') {
      await createUserCommand(rest);
      return 0;
    }
    throw new CliError(`${command ? `Unknown command "${command}".` : 'No command given.'}\n\n${HELP}`, 2);
  } catch (err) {
    const known = err instanceof CliError || err instanceof ConfigError || err instanceof DataDirInUseError;
    const message = known ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`admin: ${message}\n`);
    return err instanceof CliError ? err.exitCode : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runAdmin(process.argv.slice(2));
}
