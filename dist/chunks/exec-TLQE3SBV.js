import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{exec,getExecOutput}from"./chunk-FHVBEEYR.js";import"./chunk-BGJ47O6Y.js";export{exec,getExecOutput};
