// The main navigation's menus are <details> elements: they open and close
// without JavaScript, before the page is hydrated on a slow connection too.
// Once hydrated, this hook adds what a menu button is expected to do: one menu
// open at a time, Escape closes it and puts focus back on its button, a click
// or focus outside closes it, following a link (or going back) closes it, and
// each button states aria-expanded.
import { useCallback, useEffect, useRef, useState, type MouseEvent, type SyntheticEvent } from "react";

const OPEN_MENUS = "details[data-menu][open]";

function closeMenus(root: HTMLElement | null, except?: Element) {
  root?.querySelectorAll<HTMLDetailsElement>(OPEN_MENUS).forEach((menu) => {
    if (menu !== except) menu.open = false;
  });
}

export function useNavMenus(pathname: string) {
  const navRef = useRef<HTMLElement>(null);
  /** The open menu's id; null once hydrated with none open; undefined before (the <details> speak for themselves). */
  const [openMenu, setOpenMenu] = useState<string | null | undefined>(undefined);

  const onToggle = useCallback((event: SyntheticEvent<HTMLDetailsElement>) => {
    const menu = event.currentTarget;
    const id = menu.dataset.menu ?? null;
    if (menu.open) closeMenus(navRef.current, menu);
    setOpenMenu((current) => (menu.open ? id : current === id ? null : (current ?? null)));
  }, []);

  useEffect(() => {
    const nav = navRef.current;
    if (!nav) return;
    // A menu opened natively before hydration fired no React event: keep the
    // first one open and read it from the page (in a frame, not during the effect).
    const openedEarly = nav.querySelector<HTMLDetailsElement>(OPEN_MENUS);
    if (openedEarly) closeMenus(nav, openedEarly);
    const frame = requestAnimationFrame(() => setOpenMenu(nav.querySelector<HTMLDetailsElement>(OPEN_MENUS)?.dataset.menu ?? null));
    const onKeyDown = (event: KeyboardEvent) => {
      const open = nav.querySelector<HTMLDetailsElement>(OPEN_MENUS);
      if (event.key !== "Escape" || !open) return;
      const focusWasInside = open.contains(document.activeElement) || document.activeElement === document.body;
      open.open = false;
      if (focusWasInside) open.querySelector("summary")?.focus();
    };
    const onPointerDown = (event: PointerEvent) => closeMenus(nav, (event.target as Element).closest?.(OPEN_MENUS) ?? undefined);
    const onFocusIn = (event: FocusEvent) => closeMenus(nav, (event.target as Element).closest?.(OPEN_MENUS) ?? undefined);
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("focusin", onFocusIn);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("focusin", onFocusIn);
    };
  }, []);

  // A new page (a followed link, back/forward) closes the menus; not the
  // first render, which would shut a menu opened before hydration.
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    closeMenus(navRef.current);
  }, [pathname]);

  /** A click on a link closes its menu even when it leads to the page already shown. */
  const onClick = useCallback((event: MouseEvent) => {
    if ((event.target as Element).closest("a")) closeMenus(navRef.current);
  }, []);

  return { navRef, openMenu, onToggle, onClick };
}
