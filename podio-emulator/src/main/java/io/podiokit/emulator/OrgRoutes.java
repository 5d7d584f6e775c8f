package io.podiokit.emulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Organizations: {@code /org/...}. */
final class OrgRoutes extends Area {

  OrgRoutes(World world) {
    super(world);
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/org/", this::orgs);
  }

  private List<Object> orgs(ApiRequest request) {
    world.area(UserRoutes.class).caller(request);
    Map<String, Object> space = new LinkedHashMap<>();
    space.put("space_id", EmulatorState.SPACE_ID);
    space.put("name", "Emulated Workspace");
    space.put("url_label", "emulated-workspace");
    space.put("role", "admin");
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("org_id", EmulatorState.ORG_ID);
    org.put("name", "Emulated Organization");
    org.put("url_label", "emulated-organization");
    org.put("role", "admin");
    org.put("spaces", List.of(space));
    return List.of(org);
  }
}
