package de.opencrm.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/** The API's description (OpenAPI 3.1) for the developers of other systems, without a login. */
@Path("openapi.yaml")
public class OpenApiResource {

  @GET
  @Produces("application/yaml")
  public Response describe() {
    InputStream yaml = OpenApiResource.class.getResourceAsStream("/api/openapi.yaml");
    return yaml == null
        ? Response.status(Response.Status.NOT_FOUND).build()
        : Response.ok(yaml).build();
  }
}
