import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
import{readFileSync}from"node:fs";function pullRequestPayload(eventPath){if(eventPath)try{return JSON.parse(readFileSync(eventPath,"utf8"))?.pull_request??void 0}catch{return}}export{pullRequestPayload};
