/**
 * The quiz "¿Qué cuenta te conviene?": one file per question (`questions/`), the engine that
 * weighs their reasons (`engine.ts`), the share-link codec (`link.ts`), the step flow
 * (`flow.ts`) and, for pages only, the quiz read as a whole (`guide.ts`). Pure TypeScript.
 */
export * from './engine';
export type { Data, FigureRef, OptionDef, QuestionDef } from './types';
export { questions } from './questions';
