/** Text made safe inside HTML elements and quoted attributes (e-mails, the unsubscribe pages). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
