import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{VERSION,retry}from"./chunk-57HPNYNV.js";import"./chunk-PLRQ6EOU.js";import"./chunk-HAXV6QCA.js";import"./chunk-BGJ47O6Y.js";export{VERSION,retry};
