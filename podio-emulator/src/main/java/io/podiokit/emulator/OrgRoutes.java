package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Organizations: {@code /org/...}: organizations created, updated and bootstrapped, their administrators and
 * members. Organization {@link EmulatorState#ORG_ID} exists from the start with every seeded user as administrator.
 * Ending a membership removes the user from the organization's workspaces too. Publishes {@code member.add} and
 * {@code member.remove} with {@code org_id} and {@code user_id}; registers the reference type {@code org}.
 */
final class OrgRoutes extends Area {

  static final String ADMIN = "admin";
  static final String REGULAR = "regular";
  private static final int DEFAULT_REPORT_PERIODS = 4;

  /** An organization. */
  record Org(long id, String name, String urlLabel, @Nullable Long logo, String createdOn, long createdBy) {}

  private final ConcurrentHashMap<Long, Org> orgs = new ConcurrentHashMap<>();
  /** org id to user id to role. */
  private final ConcurrentHashMap<Long, ConcurrentHashMap<Long, String>> members = new ConcurrentHashMap<>();

  OrgRoutes(World world) {
    super(world);
    List<User> users = world.state.users();
    long creator = users.isEmpty() ? 0 : users.get(0).id();
    orgs.put(EmulatorState.ORG_ID, new Org(EmulatorState.ORG_ID, "Emulated Organization", "emulated-organization",
        null, world.nowText(), creator));
    ConcurrentHashMap<Long, String> seeded = new ConcurrentHashMap<>();
    users.forEach(u -> seeded.put(u.id(), ADMIN));
    members.put(EmulatorState.ORG_ID, seeded);
    world.refs("org", id -> {
      Org org = orgs.get(id);
      return org == null ? null : Map.of("type", "org", "id", id, "title", org.name(), "link", url(org));
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/org/", this::orgs);
    routes.get("/org/{org_id}", request -> orgJson(member(request), request.userId(), true));
    routes.get("/org/url", request -> {
      String url = request.query("url");
      if (url == null || url.isBlank()) {
        throw ApiError.invalid("Give the organization's URL as the query parameter url");
      }
      Org org = byLabel(label(url, 0), url);
      requireMember(org.id(), request.userId());
      return orgJson(org, request.userId(), true);
    });
    routes.post("/org/", request -> create(request, false));
    routes.post("/org/bootstrap", request -> create(request, true));
    routes.put("/org/{org_id}", this::update);
    routes.get("/org/{org_id}/admin/", request -> {
      Org org = member(request);
      return roles(org.id()).entrySet().stream().filter(e -> e.getValue().equals(ADMIN))
          .sorted(Map.Entry.comparingByKey())
          .map(e -> (Object) users().userRef(users().require(e.getKey()))).toList();
    });
    routes.post("/org/{org_id}/admin/", request -> {
      Org org = admin(request);
      Object userId = request.object().get("user_id");
      if (!(userId instanceof Long id)) {
        throw ApiError.invalid("Give the member to make an administrator as {\"user_id\": ...}");
      }
      if (roles(org.id()).replace(id, ADMIN) == null) {
        throw ApiError.invalid("User " + id + " is not a member of organization " + org.id());
      }
      return Reply.noContent();
    });
    routes.get("/org/{org_id}/report/login", this::loginReport);
    routes.get("/org/{org_id}/statistics", this::statistics);
    routes.get("/org/{org_id}/member/{user_id}", request -> {
      Org org = member(request);
      long userId = request.id("user_id");
      if (!isMember(org.id(), userId)) {
        throw ApiError.notFound("Organization member", userId);
      }
      return memberJson(org.id(), userId);
    });
    routes.get("/org/{org_id}/member/", this::members);
    routes.delete("/org/{org_id}/member/{user_id}", request -> {
      Org org = admin(request);
      long userId = request.id("user_id");
      ConcurrentHashMap<Long, String> roles = roles(org.id());
      String role = roles.get(userId);
      if (role == null) {
        throw ApiError.notFound("Organization member", userId);
      }
      if (role.equals(ADMIN) && roles.values().stream().filter(ADMIN::equals).count() == 1) {
        throw ApiError.invalid("User " + userId + " is the last administrator of organization " + org.id()
            + "; make another member an administrator first");
      }
      spaces().leaveOrg(org.id(), userId, request.caller());
      roles.remove(userId);
      world.publish(new World.Event("member.remove", "org", org.id(), request.caller(),
          Map.of("org_id", org.id(), "user_id", userId)));
      return Reply.noContent();
    });
  }

  // ---- for the other areas of this group

  boolean isMember(long orgId, long userId) {
    return roles(orgId).containsKey(userId);
  }

  boolean exists(long orgId) {
    return orgs.containsKey(orgId);
  }

  /** 404 when the organization does not exist, 403 when the user is not a member of it. */
  void requireMember(long orgId, long userId) {
    if (!orgs.containsKey(orgId)) {
      throw ApiError.notFound("Organization", orgId);
    }
    if (!isMember(orgId, userId)) {
      throw ApiError.forbidden("User " + userId + " is not a member of organization " + orgId);
    }
  }

  /** Makes the user a member (a regular one) if they are not one already; publishes {@code member.add}. */
  void ensureMember(long orgId, long userId, Ref by) {
    if (roles(orgId).putIfAbsent(userId, REGULAR) == null) {
      world.publish(new World.Event("member.add", "org", orgId, by, Map.of("org_id", orgId, "user_id", userId)));
    }
  }

  /** Whether the two users are members of one organization. */
  boolean shareAnOrg(long a, long b) {
    return members.values().stream().anyMatch(m -> m.containsKey(a) && m.containsKey(b));
  }

  /** The organizations the user is a member of, by id. */
  List<Long> orgsOf(long userId) {
    return members.entrySet().stream().filter(e -> e.getValue().containsKey(userId)).map(Map.Entry::getKey)
        .sorted().toList();
  }

  /** An organization's mini view. */
  Map<String, Object> micro(long orgId) {
    Org org = orgs.get(orgId);
    if (org == null) {
      throw ApiError.notFound("Organization", orgId);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("org_id", org.id());
    m.put("name", org.name());
    m.put("url", url(org));
    m.put("url_label", org.urlLabel());
    return m;
  }

  /** The organization's URL on the emulator; workspaces' URLs start with it. */
  String url(long orgId) {
    Org org = orgs.get(orgId);
    return org == null ? world.baseUrl() : url(org);
  }

  /** The first ({@code index} 0) or second path segment of a podio.com-style URL; 400 when there is none. */
  static String label(String url, int index) {
    String path;
    try {
      path = URI.create(url.trim()).getPath();
    } catch (IllegalArgumentException e) {
      throw ApiError.invalid("Invalid URL: " + url);
    }
    String[] segments = RouteTable.segments(path == null ? "" : path);
    if (segments.length <= index) {
      throw ApiError.invalid("The URL " + url + " names no " + (index == 0 ? "organization" : "workspace"));
    }
    return segments[index];
  }

  /** The organization with this URL label; 404 otherwise. */
  Org byLabel(String label, String url) {
    return orgs.values().stream().filter(o -> o.urlLabel().equals(label)).findFirst()
        .orElseThrow(() -> new ApiError(404, "not_found", "No organization at " + url));
  }

  // ---- handlers

  private List<Object> orgs(ApiRequest request) {
    long me = users().caller(request).id();
    List<Object> out = new ArrayList<>();
    for (long orgId : orgsOf(me)) {
      Map<String, Object> org = orgJson(java.util.Objects.requireNonNull(orgs.get(orgId)), me, false);
      org.put("spaces", spaces().spacesOfOrg(orgId).stream().filter(s -> spaces().isMember(s, me))
          .map(s -> (Object) spaces().spaceJson(s, me, false)).toList());
      out.add(org);
    }
    return out;
  }

  private Map<String, Object> create(ApiRequest request, boolean bootstrap) throws IOException {
    User me = users().caller(request);
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      throw ApiError.invalid("An organization needs a name");
    }
    String label = body.get("url_label") instanceof String l ? checkLabel(l, 0) : uniqueLabel(slug(name));
    long id = world.nextId("org", 100);
    Org org = new Org(id, name, label, body.get("logo") instanceof Long logo ? logo : null, world.nowText(), me.id());
    orgs.put(id, org);
    ConcurrentHashMap<Long, String> roles = new ConcurrentHashMap<>();
    roles.put(me.id(), ADMIN);
    members.put(id, roles);
    world.publish(new World.Event("member.add", "org", id, request.caller(), Map.of("org_id", id, "user_id", me.id())));
    if (bootstrap) {
      spaces().create(id, name, me.id(), request.caller());
    }
    return Map.of("org_id", id, "url", url(org));
  }

  private Reply update(ApiRequest request) throws IOException {
    Org org = admin(request);
    Map<String, @Nullable Object> body = request.object();
    String name = org.name();
    if (body.containsKey("name")) {
      if (!(body.get("name") instanceof String n) || n.isBlank()) {
        throw ApiError.invalid("An organization needs a name");
      }
      name = n;
    }
    String label = body.get("url_label") instanceof String l ? checkLabel(l, org.id()) : org.urlLabel();
    Long logo = body.get("logo") instanceof Long l ? l : org.logo();
    orgs.put(org.id(), new Org(org.id(), name, label, logo, org.createdOn(), org.createdBy()));
    return Reply.noContent();
  }

  private List<Object> loginReport(ApiRequest request) {
    Org org = admin(request);
    long limit = request.queryLong("limit", DEFAULT_REPORT_PERIODS);
    long offset = request.queryLong("offset", 0);
    if (limit < 1 || offset < 0) {
      throw ApiError.invalid("limit must be at least 1 and offset not negative");
    }
    LocalDate week = LocalDate.ofInstant(world.now(), ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    int total = roles(org.id()).size();
    List<Object> out = new ArrayList<>();
    for (long i = offset; i < offset + limit; i++) {
      Map<String, Object> period = new LinkedHashMap<>();
      period.put("date", week.minusWeeks(i).toString());
      period.put("total", total);
      // The emulator keeps no sign-in history: the members count as active in the current week only.
      period.put("active", i == 0 ? total : 0);
      out.add(period);
    }
    return out;
  }

  private Map<String, Object> statistics(ApiRequest request) {
    Org org = admin(request);
    ConcurrentHashMap<Long, String> roles = roles(org.id());
    Map<String, Object> users = new LinkedHashMap<>();
    users.put("total", roles.size());
    users.put("admins", roles.values().stream().filter(ADMIN::equals).count());
    users.put("regular", roles.values().stream().filter(REGULAR::equals).count());
    List<Long> spaceIds = spaces().spacesOfOrg(org.id());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("users", users);
    m.put("spaces", Map.of("total", spaceIds.size()));
    m.put("contacts", Map.of("total", spaceIds.stream().mapToInt(id -> contacts().spaceContacts(id)).sum()));
    return m;
  }

  private List<Object> members(ApiRequest request) {
    Org org = admin(request);
    String type = request.query("member_type");
    String query = request.query("query", "").toLowerCase(Locale.ROOT);
    String sortBy = request.query("sort_by", "name");
    if (!sortBy.equals("name") && !sortBy.equals("last_seen_on")) {
      throw ApiError.invalid("Invalid value for sort_by: '" + sortBy + "' is not one of name, last_seen_on");
    }
    long limit = request.queryLong("limit", 100);
    long offset = request.queryLong("offset", 0);
    if (limit < 1 || offset < 0) {
      throw ApiError.invalid("limit must be at least 1 and offset not negative");
    }
    Comparator<Long> order = Comparator.comparing((Long id) -> users().name(users().require(id))
        .toLowerCase(Locale.ROOT)).thenComparing(id -> id);
    if (request.queryFlag("sort_desc", false)) {
      order = order.reversed();
    }
    ConcurrentHashMap<Long, String> roles = roles(org.id());
    return roles.keySet().stream()
        .filter(id -> type == null || switch (type) {
          case "employee" -> true;
          case "external", "guest", "premium" -> false;
          case ADMIN, REGULAR -> type.equals(roles.get(id));
          default -> throw ApiError.invalid("Invalid value for member_type: '" + type + "'");
        })
        .filter(id -> users().name(users().require(id)).toLowerCase(Locale.ROOT).contains(query))
        .sorted(order).skip(offset).limit(limit)
        .map(id -> (Object) memberJson(org.id(), id)).toList();
  }

  private Map<String, Object> memberJson(long orgId, long userId) {
    User user = users().require(userId);
    String role = roles(orgId).getOrDefault(userId, REGULAR);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", users().userRef(user));
    m.put("profile", contacts().profileJson(user.profileId(), false));
    m.put("role", role);
    m.put("admin", role.equals(ADMIN));
    m.put("employee", true);
    m.put("space_memberships", spaces().spacesOfOrg(orgId).stream().filter(s -> spaces().isMember(s, userId)).count());
    return m;
  }

  private Map<String, Object> orgJson(Org org, long userId, boolean full) {
    String role = roles(org.id()).getOrDefault(userId, REGULAR);
    Map<String, Object> m = micro(org.id());
    m.put("status", "active");
    m.put("type", "premium");
    m.put("premium", true);
    m.put("role", role);
    m.put("rights", role.equals(ADMIN) ? List.of("view", "update", "add_space", "add_admin") : List.of("view"));
    if (org.logo() != null) {
      m.put("logo", org.logo());
    }
    if (full) {
      m.put("user_limit", 0);
      m.put("segment", "emulated");
      m.put("domains", List.of());
      m.put("created_on", org.createdOn());
      User creator = world.state.user(org.createdBy());
      if (creator != null) {
        m.put("created_by", users().userRef(creator));
      }
    }
    return m;
  }

  private Org member(ApiRequest request) {
    long orgId = request.id("org_id");
    requireMember(orgId, request.userId());
    return java.util.Objects.requireNonNull(orgs.get(orgId));
  }

  private Org admin(ApiRequest request) {
    Org org = member(request);
    if (!ADMIN.equals(roles(org.id()).get(request.userId()))) {
      throw ApiError.forbidden("Only administrators of organization " + org.id() + " may do this");
    }
    return org;
  }

  private ConcurrentHashMap<Long, String> roles(long orgId) {
    return members.getOrDefault(orgId, new ConcurrentHashMap<>());
  }

  private String url(Org org) {
    return world.baseUrl() + "/" + org.urlLabel();
  }

  private String checkLabel(String label, long orgId) {
    if (!label.matches("[a-z0-9][a-z0-9-]*")) {
      throw ApiError.invalid("Invalid value for url_label: use lower case letters, digits and dashes");
    }
    if (orgs.values().stream().anyMatch(o -> o.urlLabel().equals(label) && o.id() != orgId)) {
      throw ApiError.conflict("The URL label '" + label + "' is taken by another organization");
    }
    return label;
  }

  private String uniqueLabel(String base) {
    String label = base;
    for (int n = 2; taken(label); n++) {
      label = base + "-" + n;
    }
    return label;
  }

  private boolean taken(String label) {
    return orgs.values().stream().anyMatch(o -> o.urlLabel().equals(label));
  }

  /** Lower case letters, digits and dashes from {@code name}; {@code org} when nothing is left. */
  static String slug(String name) {
    String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return s.isEmpty() ? "org" : s;
  }

  private UserRoutes users() {
    return world.area(UserRoutes.class);
  }

  private SpaceRoutes spaces() {
    return world.area(SpaceRoutes.class);
  }

  private ContactRoutes contacts() {
    return world.area(ContactRoutes.class);
  }
}
