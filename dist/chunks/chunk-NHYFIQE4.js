import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);
function visibleControls(s){return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g,c=>c===""?"␡":String.fromCharCode(9216+c.charCodeAt(0)))}function runnerText(s){return visibleControls(s).split(`
`).map(line=>line.replace(/^(\s*):(?=:)/,"$1:‍").replace(/##\[/g,"#‍#[")).join(`
`)}function jsonRunnerText(json){return json.replace(/##\[/g,"#\\u0023[")}export{runnerText,jsonRunnerText};
