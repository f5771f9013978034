// ISO/IEC 42001:2023 (AI management system), Annex A reference controls a release gate can give
// evidence for. Titles are the controls' short titles; the standard's text is not reproduced.
import { controlsOf, type Framework } from '../control.js';

export const ISO_42001: Framework = {
  id: 'iso-42001',
  title: 'ISO/IEC 42001:2023 Annex A',
  source: 'ISO/IEC 42001:2023 Information technology — Artificial intelligence — Management system, Annex A',
  controls: controlsOf('iso-42001', [
    ['a.3.2', 'A.3.2', 'AI roles and responsibilities'],
    ['a.4.3', 'A.4.3', 'Data resources'],
    ['a.4.4', 'A.4.4', 'Tooling resources'],
    ['a.5', 'A.5', 'Assessing impacts of AI systems'],
    ['a.5.4', 'A.5.4', 'Assessing AI system impact on individuals or groups of individuals', 'a.5'],
    ['a.6.2', 'A.6.2', 'AI system life cycle'],
    ['a.6.2.2', 'A.6.2.2', 'AI system requirements and specification', 'a.6.2'],
    ['a.6.2.3', 'A.6.2.3', 'Documentation of AI system design and development', 'a.6.2'],
    ['a.6.2.4', 'A.6.2.4', 'AI system verification and validation', 'a.6.2'],
    ['a.6.2.5', 'A.6.2.5', 'AI system deployment', 'a.6.2'],
    ['a.6.2.6', 'A.6.2.6', 'AI system operation and monitoring', 'a.6.2'],
    ['a.6.2.7', 'A.6.2.7', 'AI system technical documentation', 'a.6.2'],
    ['a.6.2.8', 'A.6.2.8', 'AI system recording of event logs', 'a.6.2'],
    ['a.7', 'A.7', 'Data for AI systems'],
    ['a.7.2', 'A.7.2', 'Data for development and enhancement of AI system', 'a.7'],
    ['a.7.3', 'A.7.3', 'Acquisition of data', 'a.7'],
    ['a.7.4', 'A.7.4', 'Quality of data for AI systems', 'a.7'],
    ['a.7.5', 'A.7.5', 'Data provenance', 'a.7'],
    ['a.7.6', 'A.7.6', 'Data preparation', 'a.7'],
    ['a.8.2', 'A.8.2', 'System documentation and information for users'],
    ['a.10.3', 'A.10.3', 'Suppliers'],
  ]),
};
