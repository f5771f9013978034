import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{external_exports}from"./chunk-63CYUDLF.js";function tuneRuntime(){external_exports.config({jitless:!0})}export{tuneRuntime};
