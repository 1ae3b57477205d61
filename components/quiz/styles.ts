/** Button looks shared by the quiz's buttons and button-like links. */
export const buttonClass = {
  primary:
    'inline-block rounded-md bg-blue-800 px-4 py-2 font-semibold text-white no-underline hover:bg-blue-900 dark:bg-sky-300 dark:text-stone-950 dark:hover:bg-sky-200',
  secondary:
    'inline-block rounded-md border border-stone-400 px-4 py-2 font-semibold text-inherit no-underline hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800',
};
