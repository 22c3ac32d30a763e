/** The side menu of one role's desk pages; each file of this folder is one role's, found by DeskLayout. */
export interface DeskMenu {
  role: string;
  items: { to: string; label: string }[];
}
