/** On-device learning (issue 12): the public face for the app and the tester view. */
export { canonicalTag, Learner, type Embedder, type ModelIdentity, type TeachInput } from './learner.ts';
export { LearningMemory, type MemoryOptions } from './memory.ts';
export { RephraseDetector, type ObservedTurn, type RephraseCandidate } from './rephrase.ts';
export { indexedDbLearningStorage, memoryLearningStorage, validExample, type LearningStorage } from './storage.ts';
export { textKey } from './textKey.ts';
export type { ExampleSource, LearnedExample, LearnedMatch, LearnedResult, TaughtLocale } from './types.ts';
