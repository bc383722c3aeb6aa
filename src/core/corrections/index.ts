// The reader's corrections: model, anchoring, applying on top of an analysis, sidecar and brat I/O.
export * from './model';
export { makeAnchor, resolveAnchor } from './anchor';
export { applyCorrections, type CorrectedAnalysis, type CorrectionResult, type CorrectionStatus } from './apply';
export { parseCorrections, serializeCorrections } from './sidecar';
export { describeCorrection, withCorrection, withoutCorrections } from './edit';
export { importBrat, parseAnn, type BratImport } from './brat';
