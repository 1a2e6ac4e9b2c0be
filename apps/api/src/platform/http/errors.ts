import type { FieldIssue } from '@selaras/contracts';

/** An expected failure with a stable code; rendered as application/problem+json. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldIssue[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Extension members of the problem document (RFC 9457), e.g. the id of the record that already exists. */
  readonly extra: Record<string, unknown> | undefined;

  constructor(opts: {
    code: string;
    status: number;
    title: string;
    detail?: string;
    errors?: FieldIssue[];
    headers?: Record<string, string>;
    extra?: Record<string, unknown>;
  }) {
    super(opts.detail ?? opts.title);
    this.code = opts.code;
    this.status = opts.status;
    this.title = opts.title;
    this.detail = opts.detail;
    this.errors = opts.errors;
    this.headers = opts.headers;
    this.extra = opts.extra;
  }
}

export function notFound(what = 'Data', code = 'not_found'): AppError {
  return new AppError({
    code,
    status: 404,
    title: 'Tidak ditemukan',
    detail: `${what} tidak ditemukan atau di luar wilayah kewenangan Anda.`,
  });
}

export function forbidden(detail = 'Jabatan Anda tidak berwenang melakukan tindakan ini.'): AppError {
  return new AppError({ code: 'forbidden', status: 403, title: 'Tidak diizinkan', detail });
}

export function unauthenticated(detail = 'Silakan masuk terlebih dahulu.'): AppError {
  return new AppError({ code: 'auth.unauthenticated', status: 401, title: 'Belum masuk', detail });
}

export function conflict(code: string, detail: string): AppError {
  return new AppError({ code, status: 409, title: 'Konflik', detail });
}

export function invalid(code: string, detail: string, errors?: FieldIssue[]): AppError {
  return new AppError({ code, status: 422, title: 'Data tidak valid', detail, errors });
}
