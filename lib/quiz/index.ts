/**
 * The quiz "¿Qué cuenta te conviene?": one file per question (`questions/`), with its words in
 * one block per question in `content/<lang>/quiz.ts` (their shape and the ids they are keyed by
 * in `messages.ts`), the engine that weighs their reasons (`engine.ts`), the words filled with
 * figures (`text.ts`), the share-link codec (`link.ts`), the step flow (`flow.ts`) and, for pages
 * only, the quiz read as a whole (`guide.ts`) and what WeCom would cost (`cost-hint.ts`). Pure
 * TypeScript.
 */
export * from './engine';
export type { Data, CellRef, OptionDef, QuestionDef } from './types';
export { questions } from './questions';
