// EU AI Act, Regulation (EU) 2024/1689: the requirements for high-risk AI systems a release gate can
// give evidence for (Chapter III, Section 2). Titles paraphrase the regulation; read the Official
// Journal text for the obligation itself.
import { controlsOf, type Framework } from '../control.js';

export const EU_AI_ACT: Framework = {
  id: 'eu-ai-act',
  title: 'EU AI Act',
  source: 'Regulation (EU) 2024/1689 (Artificial Intelligence Act), OJ L, 12.7.2024',
  controls: controlsOf('eu-ai-act', [
    ['art-10', 'Art. 10', 'Data and data governance'],
    ['art-10-2', 'Art. 10(2)', 'Training, validation and testing data sets are subject to data governance and management practices appropriate for the intended purpose', 'art-10'],
    ['art-10-2-b', 'Art. 10(2)(b)', 'Data collection processes and the origin of data (and, for personal data, the original purpose of collection)', 'art-10-2'],
    ['art-10-2-c', 'Art. 10(2)(c)', 'Data-preparation processing operations (annotation, labelling, cleaning, updating, enrichment, aggregation)', 'art-10-2'],
    ['art-10-2-e', 'Art. 10(2)(e)', 'Assessment of the availability, quantity and suitability of the data sets needed', 'art-10-2'],
    ['art-10-2-f', 'Art. 10(2)(f)', 'Examination in view of possible biases likely to affect health and safety, fundamental rights or lead to prohibited discrimination', 'art-10-2'],
    ['art-10-2-g', 'Art. 10(2)(g)', 'Appropriate measures to detect, prevent and mitigate the possible biases identified under point (f)', 'art-10-2'],
    ['art-10-2-h', 'Art. 10(2)(h)', 'Identification of relevant data gaps or shortcomings that prevent compliance, and how they can be addressed', 'art-10-2'],
    ['art-10-3', 'Art. 10(3)', 'Data sets are relevant, sufficiently representative, to the best extent possible free of errors and complete, with appropriate statistical properties', 'art-10'],
    ['art-10-4', 'Art. 10(4)', 'Data sets take into account the geographical, contextual, behavioural or functional setting of intended use', 'art-10'],
    ['art-10-5', 'Art. 10(5)', 'Special categories of personal data processed for bias detection and correction only where strictly necessary, with appropriate safeguards', 'art-10'],
    ['art-11', 'Art. 11', 'Technical documentation'],
    ['annex-iv-2-a', 'Annex IV(2)(a)', 'Technical documentation: methods and steps of development, including pre-trained systems or third-party tools used', 'art-11'],
    ['annex-iv-2-d', 'Annex IV(2)(d)', 'Technical documentation: data requirements (datasheets on training methodologies and data sets, their provenance, scope, selection, labelling and cleaning)', 'art-11'],
    ['annex-iv-2-g', 'Annex IV(2)(g)', 'Technical documentation: validation and testing procedures, data and metrics for accuracy, robustness and potentially discriminatory impacts', 'art-11'],
    ['annex-iv-2-h', 'Annex IV(2)(h)', 'Technical documentation: cybersecurity measures put in place', 'art-11'],
    ['annex-iv-3', 'Annex IV(3)', 'Technical documentation: monitoring, functioning and control of the AI system, including foreseeable unintended outcomes and sources of risk', 'art-11'],
    ['art-12', 'Art. 12', 'Record-keeping'],
    ['art-12-1', 'Art. 12(1)', 'The system technically allows the automatic recording of events (logs) over its lifetime', 'art-12'],
    ['art-12-2', 'Art. 12(2)', 'Logging enables recording of events relevant to identifying risks, post-market monitoring and monitoring of operation', 'art-12'],
    ['art-13', 'Art. 13', 'Transparency and provision of information to deployers'],
    ['art-13-1', 'Art. 13(1)', 'Operation sufficiently transparent for deployers to interpret the output and use it appropriately', 'art-13'],
    ['art-13-3-b', 'Art. 13(3)(b)', 'Instructions for use state the characteristics, capabilities and limitations of performance (accuracy metrics, performance for groups of persons, training data)', 'art-13'],
    ['art-15', 'Art. 15', 'Accuracy, robustness and cybersecurity'],
    ['art-15-1', 'Art. 15(1)', 'An appropriate level of accuracy, robustness and cybersecurity, performing consistently throughout the life cycle', 'art-15'],
    ['art-15-3', 'Art. 15(3)', 'Levels of accuracy and the relevant accuracy metrics are declared in the instructions for use', 'art-15'],
    ['art-15-4', 'Art. 15(4)', 'Resilience against errors, faults or inconsistencies; technical redundancy such as backup or fail-safe plans', 'art-15'],
    ['art-15-5', 'Art. 15(5)', 'Resilience against unauthorised third parties exploiting vulnerabilities, including AI-specific ones (data or model poisoning, adversarial examples, confidentiality attacks)', 'art-15'],
  ]),
};
