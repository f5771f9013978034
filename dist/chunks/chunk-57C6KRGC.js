import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
function renderJson(report){return`${JSON.stringify(report,null,2)}
`}export{renderJson};
