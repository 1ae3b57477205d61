import type { Account } from '@/lib/schema/vocabulary';

/**
 * Each account's sign, used wherever the two stand side by side (cards, tables, the quiz): a
 * shape as well as a colour, never colour alone. Decorative: the account's name is always
 * written next to it (or given to screen readers).
 */
export function AccountMark({ account }: { account: Account }) {
  return (
    <span aria-hidden="true" className={`account-mark account-mark-${account}`}>
      {account === 'wecom' ? '◆' : '●'}
    </span>
  );
}
