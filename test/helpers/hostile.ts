// Hostile strings an attacker can put where the gate reads text (column and file names, package names,
// manifest strings): workflow commands, Markdown/HTML, mentions, control characters. Built at run time.
const CMD = ['error', 'warning', 'add-mask', 'stop-commands', 'set-output name=verdict', 'add-path', 'group'];

export const HOSTILE: readonly string[] = [
  ...CMD.map((c) => `::${c}::pwned`),
  ...CMD.map((c) => `col\n::${c}::pwned`),
  ...CMD.map((c) => `  \n   ::${c}::pwned`),
  'x\r\n::error::pwned',
  'x\r::error::pwned',
  'text ##[error]pwned',
  '##[group]pwned',
  '\u001b[2J\u001b[31mred\u001b[0m',
  '%0A::error::pwned',
  '</details><h1>pwned</h1><img src="https://tracker.example/p.gif">',
  '@octocat please look',
  '`code` | pipe | [link](https://evil.example)',
];
