// The one module of the engine that imports the checks (DESIGN.md: dependencies point one way). The
// gate, the schemas and the front doors reach every check through this list.
export { checks as registry } from '../checks/index.js';
