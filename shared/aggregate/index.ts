// The province's synthesis, pure: choosing each unit's package, adding up by the template's rules,
// flags for a second look, the pre-fill of the province's report, and the compilation of texts.
export type * from './types';
export { aggregate, type AggregateInput } from './aggregate';
export { aggregationPlan, type AggregationPlan, type RatioField, type SumField } from './plan';
export { selectRevisions, shortHash, type Selection, type SelectionStatus } from './select';
export { planPrefill, type FieldOrigin, type PrefillChange, type PrefillPlan } from './prefill';
export { compileSections, fieldText, type CompiledField, type CompiledKind, type CompiledSection, type Passage, type SourceRecord } from './compile';
export { BASIS_LABEL, UNIT_STATUS_LABEL } from './labels';
