// The main navigation as a planning officer of Rionegro: grouped menus in one
// row at 1280 px (keyboard, Escape, click outside, current page), a single
// "Menú" panel at 390 px with no sideways scrolling, and menus that still open
// without JavaScript. Screenshots of each state go to SHOTS.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_MULTI_ENTITY_EMAIL, DEMO_SUPERADMIN_EMAIL, demoEmail } from "@/prisma/seed/demo-data";
import { mainNav, navMenuButton } from "./support/main-nav";
import { signIn, submitSignInForm } from "./support/sign-in";

const SHOTS = "/tmp/shots-nav-groups";
mkdirSync(SHOTS, { recursive: true });

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test.describe("a 1280 px screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("menus in one row: keyboard, Escape, click outside and the current page", async ({ page }) => {
    const entityPath = await signIn(page, demoEmail("PLANEACION", "rionegro"));
    const nav = mainNav(page);
    await expect(page.getByRole("button", { name: "Menú" })).toBeHidden();
    await expectNoSidewaysScroll(page);
    const rowTops = await nav.locator(":scope > ul > li").evaluateAll((items) => new Set(items.map((li) => li.getBoundingClientRect().top)).size);
    expect(rowTops).toBe(1);
    await page.screenshot({ path: `${SHOTS}/nav-1280-closed.png` });

    // Tab from "Tablero" reaches the first menu's button; Enter opens it, Tab walks into it, Escape closes it.
    const assessments = navMenuButton(page, "Autodiagnóstico y FURAG");
    await nav.getByRole("link", { name: "Tablero" }).focus();
    await page.keyboard.press("Tab");
    await expect(assessments).toBeFocused();
    await expect(assessments).toHaveAttribute("aria-expanded", "false");
    await page.keyboard.press("Enter");
    await expect(assessments).toHaveAttribute("aria-expanded", "true");
    const list = page.locator(`#${await assessments.getAttribute("aria-controls")}`);
    await expect(list.getByRole("link")).toHaveText(["Autodiagnósticos", "FURAG", "Resultados FURAG"]);
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "Autodiagnósticos" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(assessments).toHaveAttribute("aria-expanded", "false");
    await expect(list).toBeHidden();
    await expect(assessments).toBeFocused();

    // One menu at a time; a click outside closes it.
    await assessments.click();
    const evidence = navMenuButton(page, "Evidencias y hallazgos");
    await evidence.click();
    await expect(evidence).toHaveAttribute("aria-expanded", "true");
    await expect(assessments).toHaveAttribute("aria-expanded", "false");
    await page.screenshot({ path: `${SHOTS}/nav-1280-open.png` });
    await page.locator("main").click({ position: { x: 5, y: 5 } });
    await expect(evidence).toHaveAttribute("aria-expanded", "false");

    // Following a link by keyboard: the page opens, the menu closes, and both mark where the person is.
    await assessments.focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(nav.getByRole("link", { name: "FURAG", exact: true })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(`${entityPath}/furag`);
    await expect(assessments).toHaveAttribute("aria-expanded", "false");
    await expect(assessments).toHaveAttribute("data-current", "true");
    await expect(evidence).not.toHaveAttribute("data-current");
    await assessments.click();
    await expect(nav.getByRole("link", { name: "FURAG", exact: true })).toHaveAttribute("aria-current", "page");
    await expect(nav.locator('[aria-current="page"]:visible')).toHaveCount(1);
    await page.screenshot({ path: `${SHOTS}/nav-1280-current.png` });
  });
});

test.describe("a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("one Menú button opens every group; a followed link closes it and is marked", async ({ page }) => {
    const entityPath = await signIn(page, demoEmail("PLANEACION", "rionegro"));
    const menu = navMenuButton(page, "Menú");
    await expect(navMenuButton(page, "Evidencias y hallazgos")).toHaveCount(0);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/nav-390-closed.png`, fullPage: true });

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    for (const group of ["Autodiagnóstico y FURAG", "Evidencias y hallazgos", "Planes y tareas", "Entidad"]) {
      await expect(panel.getByRole("list", { name: group })).toBeVisible();
    }
    await expect(panel.getByRole("list", { name: "Planes y tareas" }).getByRole("link")).toHaveText(["Planes de acción", "Mis tareas"]);
    await expect(panel.getByRole("link", { name: "Resumen" })).toHaveAttribute("aria-current", "page");
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: `${SHOTS}/nav-390-open.png`, fullPage: true });

    await panel.getByRole("link", { name: "Mis tareas" }).tap();
    await expect(page).toHaveURL(`${entityPath}/mis-tareas`);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(panel).toBeHidden();
    await menu.click();
    await expect(panel.getByRole("link", { name: "Mis tareas" })).toHaveAttribute("aria-current", "page");
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await expect(menu).toBeFocused();
    await expectNoSidewaysScroll(page);
  });

  for (const [who, email, entity] of [
    ["a member of several entities, in the one with most links", DEMO_MULTI_ENTITY_EMAIL, /Guarne/],
    ["the platform operator", DEMO_SUPERADMIN_EMAIL, null],
    ["the administrator of the department", demoEmail("ADMIN", "antioquia"), null],
  ] as const) {
    test(`the header fits for ${who}`, async ({ page }) => {
      await submitSignInForm(page, email);
      await expect(page).not.toHaveURL(/\/login/);
      if (entity) {
        await page.locator("main").getByRole("link", { name: entity }).first().click();
        await expect(page).toHaveURL(/\/e\//);
      }
      await navMenuButton(page, "Menú").click();
      await expect(mainNav(page).getByRole("link", { name: "Catálogo MIPG" })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await page.screenshot({ path: `${SHOTS}/nav-390-${email.split("@")[0]}.png`, fullPage: true });
    });
  }
});

test("without JavaScript the menus still open and their links lead to the page", async ({ browser }) => {
  const signedIn = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const entityPath = await signIn(await signedIn.newPage(), demoEmail("PLANEACION", "rionegro"));
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false, storageState: await signedIn.storageState() });
  const page = await context.newPage();
  await page.goto(entityPath);
  await navMenuButton(page, "Planes y tareas").click();
  await mainNav(page).getByRole("link", { name: "Planes de acción" }).click();
  await expect(page).toHaveURL(`${entityPath}/planes`);
  await expect(navMenuButton(page, "Planes y tareas")).toHaveAttribute("data-current", "true");
  await signedIn.close();
  await context.close();
});
