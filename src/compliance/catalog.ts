// The control catalogs shipped with the tool: four frameworks, each a list of controls with a stable
// id (`<framework>/<control>`), the reference as the framework writes it, and a short paraphrase of its
// title. Controls no rule evidences are listed too: a report says they were not assessed rather than
// leaving them out. A control with a `parent` is a sub-point of it (art-10-2-f under art-10-2 under
// art-10); a parent's status aggregates its sub-controls (src/compliance/assess.ts).
import type { Control, Framework, FrameworkId } from './control.js';
import { FRAMEWORK_IDS } from './control.js';
import { EU_AI_ACT } from './frameworks/eu-ai-act.js';
import { GDPR } from './frameworks/gdpr.js';
import { ISO_42001 } from './frameworks/iso-42001.js';
import { NIST_AI_RMF } from './frameworks/nist-ai-rmf.js';

export { FRAMEWORK_IDS, type Control, type Framework, type FrameworkId } from './control.js';

export const FRAMEWORKS: readonly Framework[] = [EU_AI_ACT, GDPR, NIST_AI_RMF, ISO_42001];

/** Every control of every framework, by id. */
export const CONTROLS: ReadonlyMap<string, Control> = new Map(FRAMEWORKS.flatMap((f) => f.controls.map((c) => [c.id, c] as const)));

export function frameworkOf(controlId: string): FrameworkId | undefined {
  const id = controlId.slice(0, controlId.indexOf('/'));
  return (FRAMEWORK_IDS as readonly string[]).includes(id) ? (id as FrameworkId) : undefined;
}

/** A control and every control under it (children, their children…). */
export function withDescendants(id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) for (const c of CONTROLS.values()) if (c.parent === out[i]) out.push(c.id);
  return out;
}

