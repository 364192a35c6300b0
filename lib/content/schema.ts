import { z } from 'zod';

/** What every chapter file declares in its frontmatter. */
export const frontmatterSchema = z.object({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  order: z.number().int().positive(),
});

export type Frontmatter = z.infer<typeof frontmatterSchema>;

/** Validates a chapter's frontmatter; the error names the file and each bad field. */
export function parseFrontmatter(data: unknown, file: string): Frontmatter {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues
    .map((issue) => `"${issue.path.join('.') || '(root)'}": ${issue.message}`)
    .join('; ');
  throw new Error(`${file}: invalid frontmatter: ${problems}`);
}
