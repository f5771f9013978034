import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
var SCANNER_TOOLS=["trivy","grype","osv-scanner","pip-audit","npm-audit"],isObj=v=>typeof v=="object"&&v!==null&&!Array.isArray(v),str=v=>typeof v=="string"&&v!==""?v:void 0,arr=v=>Array.isArray(v)?v:[];export{SCANNER_TOOLS,isObj,str,arr};
