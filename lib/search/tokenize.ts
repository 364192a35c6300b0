/**
 * Words for the search index. Latin text splits at spaces and punctuation; Chinese has
 * no spaces, so each run of CJK characters gives its single characters and every pair
 * of neighbours ("梯度下降" → 梯, 度, 下, 降, 梯度, 度下, 下降). Queries go through the
 * same function, so a two-character word matches wherever it appears.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.toLowerCase().matchAll(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu)) {
    const run = match[0];
    if (!/\p{Script=Han}/u.test(run)) {
      tokens.push(run);
      continue;
    }
    const chars = [...run];
    chars.forEach((char, i) => {
      tokens.push(char);
      if (i + 1 < chars.length) tokens.push(char + chars[i + 1]);
    });
  }
  return tokens;
}
