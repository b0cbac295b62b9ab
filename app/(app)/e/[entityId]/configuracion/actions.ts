"use server";

import { entityAction } from "@/lib/authz/actions";
import { chooseCatalogVersion } from "@/lib/entity-settings/choose-catalog-version";
import { ZCatalogVersionChoice, ZEntitySettings } from "@/lib/entity-settings/entity-settings-schema";
import { updateEntitySettings } from "@/lib/entity-settings/update-entity-settings";

/** ADMIN of the entity: name, codes, territory, category, grupo par and advisor sharing. */
export const saveEntitySettings = entityAction(ZEntitySettings, "entity.settings.update", (ctx, input) => updateEntitySettings(ctx, input));

/** ADMIN of the entity: the catalog version used for one vigencia. */
export const saveCatalogVersionChoice = entityAction(ZCatalogVersionChoice, "entity.settings.update", (ctx, input) =>
  chooseCatalogVersion(ctx, input),
);
