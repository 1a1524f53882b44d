/**
 * A maximum one-to-one matching between left items (record) and right items (gold), found with
 * augmenting paths (Kuhn's algorithm). `edges[i]` lists the right indices left item i may match,
 * in order of preference. Returns, for each left item, its right index or -1. Deterministic: left
 * items are tried in order, each keeps its earliest possible partner unless a later one needs it.
 */
export function maxMatching(edges: readonly (readonly number[])[], rightCount: number): number[] {
  const leftOf = new Array<number>(rightCount).fill(-1);
  const rightOf = new Array<number>(edges.length).fill(-1);
  const tryAugment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      if (leftOf[j] === -1 || tryAugment(leftOf[j]!, seen)) {
        leftOf[j] = i;
        rightOf[i] = j;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < edges.length; i++) tryAugment(i, new Array<boolean>(rightCount).fill(false));
  return rightOf;
}
