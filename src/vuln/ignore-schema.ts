// The policy shape of an advisory-ignore entry, apart from the matching code so that a check's
// policy schema loads without the advisory machinery.
import { z } from 'zod';

/** The zod schema of one entry; `help` describes `id` and `package` in the check's own terms. */
export function advisoryIgnoreSchema(help: { id: string; package: string }) {
  return z.strictObject({
    id: z.string().min(1).describe(help.id),
    package: z.string().min(1).optional().describe(help.package),
    reason: z.string().min(1),
    owner: z.string().min(1).optional(),
    expires: z.iso.date('expected a date as YYYY-MM-DD').describe('Last day it applies (UTC); after that the advisory counts again and the entry is a finding'),
  });
}
