// The policy's compliance keys, checked against the catalog at load: a control id that does not exist
// (in compliance.require or a custom rule's controls) is a configuration error at its line, never a
// control silently left unassessed.
import { CONTROLS, frameworkOf } from '../compliance/catalog.js';
import { ConfigError } from '../errors.js';
import { closest } from '../io/suggest.js';
import type { SourceDoc } from '../io/yaml.js';
import type { CompliancePolicy, CustomRule } from './schema.js';

const IDS = [...CONTROLS.keys()];

function unknownControl(id: string, where: string, source: SourceDoc, path: Array<string | number>): ConfigError {
  const hint = closest(id, IDS);
  return new ConfigError(
    `${where}: unknown control "${id}"; ${hint ? `did you mean "${hint}"?` : 'expected an id such as "gdpr/art-9" or "eu-ai-act/art-10-2-f"'} (every control is listed in docs/compliance.md)`,
    source.locate(path),
  );
}

export function checkComplianceKeys(compliance: CompliancePolicy, rules: readonly CustomRule[], source: SourceDoc): void {
  compliance.require.forEach((id, i) => {
    if (!CONTROLS.has(id)) throw unknownControl(id, 'compliance.require', source, ['compliance', 'require', i]);
    const framework = frameworkOf(id)!;
    if (!compliance.frameworks.includes(framework)) {
      throw new ConfigError(`compliance.require: control "${id}" belongs to framework "${framework}", which compliance.frameworks leaves out`, source.locate(['compliance', 'require', i]));
    }
  });
  rules.forEach((rule, i) =>
    (rule.controls ?? []).forEach((id, j) => {
      if (!CONTROLS.has(id)) throw unknownControl(id, `custom rule "${rule.id}"`, source, ['rules', i, 'controls', j]);
    }),
  );
}
