package dev.copydesk.desk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * The desk's login and logout. The login form posts to Quarkus' form authentication ({@code /j_security_check}),
 * which checks the user against the configured realm and sets the encrypted session cookie.
 */
@Path("/desk")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class DeskLoginResource {

    @CheckedTemplate(basePath = "desk")
    static class Templates {
        static native TemplateInstance login(boolean failed);
    }

    private final String cookieName;

    DeskLoginResource(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName) {
        this.cookieName = cookieName;
    }

    @GET
    @Path("/login")
    public TemplateInstance login() {
        return Templates.login(false);
    }

    @GET
    @Path("/login-error")
    public Response loginError() {
        return Response.status(401).entity(Templates.login(true)).build();
    }

    /**
     * Form authentication keeps no server session: logging out is the browser dropping the cookie (written out by
     * hand: some clients keep a cookie that a "Version=1" deletion, as JAX-RS writes it, names).
     */
    @POST
    @Path("/logout")
    public Response logout() {
        return Response.seeOther(URI.create("/desk/login"))
                .header(HttpHeaders.SET_COOKIE, cookieName + "=; Path=/; Max-Age=0; "
                        + "Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict")
                .build();
    }
}
