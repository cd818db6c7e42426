package de.opencrm.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The CRM's REST API under /crm/api: the public web-to-lead endpoint (v1/web-leads) for now. */
@ApplicationPath("/api")
public class CrmApi extends Application {}
