package io.podiokit.emulator;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Embeds: {@code POST /embed/} turns a web address into an embed (without fetching it: an address ending in an
 * image extension is an {@code image}, any other a {@code link} titled by its host and path). Embeds are
 * referenceable as {@code embed} (with {@code url}) for item embed fields and comments.
 */
final class EmbedRoutes extends Area {

  private static final List<String> IMAGE_EXTENSIONS = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp");

  private final Map<Long, Map<String, Object>> embeds = new ConcurrentHashMap<>();

  EmbedRoutes(World world) {
    super(world);
    world.refs("embed", id -> {
      Map<String, Object> embed = embeds.get(id);
      if (embed == null) {
        return null;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "embed");
      m.put("id", id);
      m.put("title", embed.get("title"));
      m.put("link", embed.get("resolved_url"));
      m.put("url", embed.get("original_url"));
      return m;
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.post("/embed/", request -> {
      Map<String, @Nullable Object> body = request.object();
      if (!(body.get("url") instanceof String url) || url.isBlank()) {
        throw ApiError.invalid("Missing value for url: give the web address to embed");
      }
      URI uri;
      try {
        uri = URI.create(url.trim());
      } catch (IllegalArgumentException e) {
        throw ApiError.invalid("Invalid value for url: '" + url + "' is not a web address");
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw ApiError.invalid("Invalid value for url: '" + url + "' is not an http or https address");
      }
      String path = uri.getPath() == null ? "" : uri.getPath();
      boolean image = IMAGE_EXTENSIONS.stream().anyMatch(path.toLowerCase(Locale.ROOT)::endsWith);
      long id = world.nextId("embed", 700_000);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("embed_id", id);
      m.put("original_url", url);
      m.put("resolved_url", uri.normalize().toString());
      m.put("type", image ? "image" : "link");
      m.put("title", uri.getHost() + path);
      m.put("description", null);
      m.put("created_on", world.nowText());
      m.put("provider_name", uri.getHost());
      m.put("embed_html", image ? "<img src=\"" + uri.normalize() + "\">" : null);
      m.put("embed_height", null);
      m.put("embed_width", null);
      m.put("files", List.of());
      embeds.put(id, m);
      return m;
    });
  }
}
