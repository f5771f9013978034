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
  // Markdown and HTML bound for the job summary and the PR comment: raw HTML, images, links in every
  // form (inline, reference definition, bare URL, www, e-mail), mentions, issue references, block
  // syntax at a line's start, and what would leave a table cell, a code span or a Mermaid string.
  '<!-- open comment',
  '<script>alert(1)</script>',
  '![img](https://tracker.example/p.gif)',
  'see https://evil.example/x and www.evil.example',
  '@org/team',
  'mail ann@evil.example',
  'fixes #1 and acme/other#2',
  '# heading',
  '\n# heading\n- item\n1. item\n> quote\n---',
  '===',
  '[x]: https://evil.example',
  '[x] [y][x]',
  '<https://evil.example>',
  '**bold** _em_ ~~del~~ $\\Huge x$',
  'a\\|<img src=x>',
  '`a\\|<img src=x>`',
  '```\n<img src=x>\n```',
  '"]);\n%%{init: {"theme": "dark"}}%%\nclick A href "https://evil.example"',
  '&lt;img src=x&gt; &#64;octocat',
];
