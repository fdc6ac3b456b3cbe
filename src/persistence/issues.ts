import * as v from 'valibot';

/** The first few validation issues, each with where it is, in one line a person can read. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const shown = issues.slice(0, 3).map((issue) => `${v.getDotPath(issue) ?? 'the whole'}: ${issue.message}`);
  return `it is not the right shape (${shown.join('; ')}${issues.length > 3 ? `; and ${issues.length - 3} more` : ''})`;
}
