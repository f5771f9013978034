import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{context,getOctokit}from"./chunk-OW44C25Y.js";import"./chunk-USYMUU4O.js";import"./chunk-BGJ47O6Y.js";export{context,getOctokit};
