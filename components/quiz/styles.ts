/** Button looks shared by the quiz's buttons and button-like links (classes in globals.css). */
export const buttonClass = { primary: 'btn-primary', secondary: 'btn-secondary' };
