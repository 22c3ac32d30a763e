/**
 * How a veteran is named to anyone who may not see the full name: the surname's first character
 * and one star per remaining character, e.g. 张** for 张三丰. Works by characters, not UTF-16 units.
 */
export function maskedDisplayName(fullName: string): string {
  const characters = [...fullName.trim()];
  if (characters.length <= 1) return '*';
  return `${characters[0]}${'*'.repeat(characters.length - 1)}`;
}
