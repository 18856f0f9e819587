import { diffWordsWithSpace } from 'diff';

/**
 * A word diff in git's --word-diff style: [-removed-]{+added+}, or coloured (red and
 * green) for a terminal. Unchanged text is printed as it is.
 */
export function formatWordDiff(before: string, after: string, options: { color?: boolean } = {}): string {
  return diffWordsWithSpace(before, after)
    .map((part) => {
      if (part.added) return options.color ? `\u001b[32m${part.value}\u001b[0m` : `{+${part.value}+}`;
      if (part.removed) return options.color ? `\u001b[31m${part.value}\u001b[0m` : `[-${part.value}-]`;
      return part.value;
    })
    .join('');
}
