/**
 * The quiz "¿Qué cuenta te conviene?": one file per question (`questions/`), the engine that
 * weighs their reasons (`engine.ts`), the share-link codec (`link.ts`) and the step flow
 * (`flow.ts`). Pure TypeScript: the pages and the client component import from here.
 */
export * from './engine';
export type { Data, FigureRef, OptionDef, QuestionDef } from './types';
export { questions } from './questions';
