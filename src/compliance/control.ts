// The shape of a framework catalog (src/compliance/catalog.ts lists the frameworks).

export const FRAMEWORK_IDS = ['eu-ai-act', 'gdpr', 'nist-ai-rmf', 'iso-42001'] as const;
export type FrameworkId = (typeof FRAMEWORK_IDS)[number];

export interface Control {
  /** `<framework>/<control>`, e.g. `eu-ai-act/art-10-2-f`. */
  id: string;
  /** The reference as the framework writes it, e.g. `Art. 10(2)(f)`. */
  ref: string;
  /** The control's title or gist, paraphrased (the mapping is evidence, not legal advice). */
  title: string;
  /** Id of the control this one is a sub-point of. */
  parent?: string;
}

export interface Framework {
  id: FrameworkId;
  title: string;
  /** The text the catalog follows. */
  source: string;
  controls: readonly Control[];
}

/** Builds the controls of one framework: `[local id, ref, title, local parent?]` → Control. */
export function controlsOf(framework: FrameworkId, rows: ReadonlyArray<readonly [string, string, string, string?]>): Control[] {
  return rows.map(([id, ref, title, parent]) => ({ id: `${framework}/${id}`, ref, title, ...(parent ? { parent: `${framework}/${parent}` } : {}) }));
}
