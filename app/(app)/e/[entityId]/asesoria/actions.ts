"use server";

import { entityAction } from "@/lib/authz/actions";
import { fileAdvisoryRequest } from "@/lib/advisor/requests/file-request";
import { ZFileAdvisoryRequest } from "@/lib/advisor/requests/request-schemas";

/** ADMIN or PLANEACION of the entity (Tabla 9): a request for advice on one policy. */
export const fileAdvisoryRequestAction = entityAction(ZFileAdvisoryRequest, "advisory.request", fileAdvisoryRequest);
