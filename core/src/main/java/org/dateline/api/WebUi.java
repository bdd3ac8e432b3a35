package org.dateline.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The web interface: static pages and modules from the jar (resources {@code ui/}) under /ui/, its
 * libraries (d3, Leaflet) from WebJars under /webjars/, and / answering with the page. Every
 * response carries a Content-Security-Policy that allows scripts from this server only, so text
 * from an article can never run as code even if it were ever put into the page as markup.
 */
final class WebUi {
  // Inline styles only: Leaflet and d3 position and colour elements through style attributes.
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
      + "form-action 'self'";

  private WebUi() {}

  static void configure(JavalinConfig cfg) {
    cfg.staticFiles.add(sf -> {
      sf.hostedPath = "/ui";
      sf.directory = "/org/dateline/api/ui";
      sf.location = Location.CLASSPATH;
      sf.headers = Map.of("Content-Security-Policy", CSP, "Cache-Control", "no-cache");
    });
    cfg.staticFiles.enableWebjars();
  }

  static void routes(Javalin app) {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
    });
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page()));
  }

  private static byte[] page() throws IOException {
    try (InputStream in = WebUi.class.getResourceAsStream("ui/index.html")) {
      if (in == null) throw new IOException("ui/index.html is missing from the jar");
      return in.readAllBytes();
    }
  }
}
