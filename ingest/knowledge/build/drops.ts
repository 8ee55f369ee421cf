// What a converter leaves out, counted by rule, so that the build report and the READMEs can say how
// much each rule of exclusion removes.

/** Count of entries dropped, by the rule that dropped them. */
export type Drops = Record<string, number>;

export function countDrop(drops: Drops, rule: string): void {
  drops[rule] = (drops[rule] ?? 0) + 1;
}
