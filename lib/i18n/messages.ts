import type { FactId } from '@/content/facts';
import type { SourceId } from '@/content/sources';

import type { MessagesOf } from '../schema/words';

/** Every UI string of one language (the catalog's `messages`), for this data's facts and sources. */
export type Messages = MessagesOf<FactId, SourceId>;

/** A language's brackets, the opening one with the space it needs before it. */
export type Brackets = Pick<Messages['punctuation'], 'open' | 'close'>;
