// The main navigation keeps most entity pages inside menus (components/shell/
// nav-items.ts). Specs that travel through it open the menu holding a link
// first, as a person does, instead of hard-coding where each page lives.
import { expect, type Locator, type Page } from "@playwright/test";
import { ENTITY_NAV, NAV_GROUPS } from "@/components/shell/nav-items";

export function mainNav(page: Page): Locator {
  return page.getByRole("navigation", { name: "Navegación principal" });
}

/** The visible button of a menu of the main navigation (a <summary>), by its exact label. */
export function navMenuButton(page: Page, label: string): Locator {
  return mainNav(page).locator("summary:visible", { hasText: new RegExp(`^\\s*${label}\\s*$`) });
}

/** Opens the menu that holds the entity page `label` (when that page sits in a menu for this role) and returns its link. */
export async function revealNavLink(page: Page, label: string): Promise<Locator> {
  const link = mainNav(page).getByRole("link", { name: label, exact: true });
  const group = ENTITY_NAV.find((item) => item.label === label)?.group;
  if (!group) return link;
  const button = navMenuButton(page, NAV_GROUPS[group]);
  // A group left with one link for this role is that plain link, with no menu.
  await expect(link.or(button).first()).toBeVisible();
  if ((await button.count()) > 0 && (await button.getAttribute("aria-expanded")) !== "true") await button.click();
  return link;
}

/** Follows a link of the main navigation, opening its menu first. */
export async function followNavLink(page: Page, label: string): Promise<void> {
  await (await revealNavLink(page, label)).click();
}
