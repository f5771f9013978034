// The PEP 508 marker variables a policy may set (the policy schema names them; evaluation loads with the check).
export const MARKER_VARIABLES = [
  'python_version', 'python_full_version', 'os_name', 'sys_platform', 'platform_release', 'platform_system',
  'platform_version', 'platform_machine', 'platform_python_implementation', 'implementation_name', 'implementation_version',
] as const;
export type MarkerVariable = (typeof MARKER_VARIABLES)[number];
