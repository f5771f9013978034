import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{context,getOctokit}from"./chunk-WOVY2KRE.js";import"./chunk-USYMUU4O.js";import"./chunk-PLRQ6EOU.js";import"./chunk-BGJ47O6Y.js";export{context,getOctokit};
