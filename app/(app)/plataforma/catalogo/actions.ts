"use server";

import { platformAction } from "@/lib/authz/actions";
import { ZCatalogUpload } from "@/lib/catalog/catalog-upload-schema";
import { importCatalogUpload } from "@/lib/catalog/import-catalog-upload";

/** Platform operator only: imports a catalog version from an uploaded file, or replaces one no entity uses. */
export const importCatalogFile = platformAction(ZCatalogUpload, (userId, input) => importCatalogUpload(userId, input));
