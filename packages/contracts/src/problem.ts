import { z } from 'zod';

export const FieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
  /** Values for the message of `code`, so a client can word it in its own language. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(FieldIssueSchema).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;
