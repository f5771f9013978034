import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
function isObject(v){return v!==null&&typeof v=="object"&&!Array.isArray(v)}export{isObject};
