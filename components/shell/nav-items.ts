// The main navigation. Each feature adds its entry here when its pages land.
export type NavItem = { href: string; label: string };

export const NAV_ITEMS: NavItem[] = [{ href: "/", label: "Inicio" }];
