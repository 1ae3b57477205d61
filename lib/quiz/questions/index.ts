import { askingOrder } from '../define';

import { broadcastFrequency } from './broadcast-frequency';
import { broadcastSize } from './broadcast-size';
import { companyName } from './company-name';
import { contacts } from './contacts';
import { customers } from './customers';
import { groups } from './groups';
import { moments } from './moments';
import { purpose } from './purpose';
import { team } from './team';
import { workTools } from './work-tools';

/**
 * The questions, in the order they are asked. The order of questions and of each question's
 * options is part of the share-link format (lib/quiz/link.ts): append, never reorder.
 */
export const questions = askingOrder([
  purpose,
  contacts,
  customers,
  team,
  companyName,
  moments,
  groups,
  broadcastSize,
  broadcastFrequency,
  workTools,
]);
