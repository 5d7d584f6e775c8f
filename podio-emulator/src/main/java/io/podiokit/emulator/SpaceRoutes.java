package io.podiokit.emulator;

import io.podiokit.emulator.EmulatorState.Ref;
import io.podiokit.emulator.EmulatorState.User;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Workspaces and their members: {@code /space/...} and {@code /org/{org_id}/space/}. Workspace
 * {@link EmulatorState#SPACE_ID} exists from the start in organization {@link EmulatorState#ORG_ID}, with every seeded
 * user as administrator. Members are added (by user id, profile id or the e-mail of a seeded user), change role,
 * leave, join open workspaces and ask to join closed ones; a workspace keeps at least one administrator. Publishes
 * {@code member.add} and {@code member.remove} ({@code space_id}, {@code user_id}) and {@code role.change}
 * ({@code space_id}, {@code user_id}, {@code role}); registers the reference type {@code space} (with {@code org_id}).
 */
final class SpaceRoutes extends Area {

  static final Set<String> ROLES = Set.of("light", "regular", "admin");
  private static final int DEFAULT_TOP = 6;

  /** A workspace. */
  record Space(long id, long orgId, String name, String urlLabel, String description, String privacy,
               boolean autoJoin, boolean postOnNewApp, boolean postOnNewMember, String createdOn, long createdBy) {}

  /** A membership. */
  record Membership(String role, String invitedOn, String startedOn) {}

  /** A request to join a closed workspace. */
  record JoinRequest(long id, long spaceId, long userId) {}

  private final ConcurrentHashMap<Long, Space> spaces = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, ConcurrentHashMap<Long, Membership>> members = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, JoinRequest> requests = new ConcurrentHashMap<>();

  SpaceRoutes(World world) {
    super(world);
    List<User> users = world.state.users();
    String now = world.nowText();
    spaces.put(EmulatorState.SPACE_ID, new Space(EmulatorState.SPACE_ID, EmulatorState.ORG_ID, "Emulated Workspace",
        "emulated-workspace", "", "closed", false, true, true, now, users.isEmpty() ? 0 : users.get(0).id()));
    ConcurrentHashMap<Long, Membership> seeded = new ConcurrentHashMap<>();
    users.forEach(u -> seeded.put(u.id(), new Membership("admin", now, now)));
    members.put(EmulatorState.SPACE_ID, seeded);
    world.refs("space", id -> {
      Space s = spaces.get(id);
      return s == null ? null : Map.of("type", "space", "id", id, "title", s.name(), "link", url(s),
          "org_id", s.orgId());
    });
  }

  @Override
  void routes(RouteTable routes) {
    routes.get("/space/{space_id}", request -> {
      Space s = requireVisible(request.caller(), request.id("space_id"));
      return spaceJson(s.id(), request.caller().isApp() ? 0 : request.userId(), true);
    });
    routes.get("/space/url", request -> {
      String url = request.query("url");
      if (url == null || url.isBlank()) {
        throw ApiError.invalid("Give the workspace's URL as the query parameter url");
      }
      OrgRoutes.Org org = orgs().byLabel(OrgRoutes.label(url, 0), url);
      String label = OrgRoutes.label(url, 1);
      Space s = spaces.values().stream().filter(x -> x.orgId() == org.id() && x.urlLabel().equals(label))
          .findFirst().orElseThrow(() -> new ApiError(404, "not_found", "No workspace at " + url));
      requireVisible(request.caller(), s.id());
      return spaceJson(s.id(), request.userId(), true);
    });
    routes.get("/org/{org_id}/space/", request -> {
      long orgId = request.id("org_id");
      long me = request.userId();
      orgs().requireMember(orgId, me);
      return spacesOfOrg(orgId).stream().filter(id -> canSee(me, id))
          .map(id -> (Object) spaceJson(id, me, false)).toList();
    });
    routes.get("/space/org/{org_id}/available/", request -> {
      long orgId = request.id("org_id");
      long me = request.userId();
      orgs().requireMember(orgId, me);
      return spacesOfOrg(orgId).stream()
          .filter(id -> !isMember(id, me) && "open".equals(Objects.requireNonNull(spaces.get(id)).privacy()))
          .map(id -> (Object) spaceJson(id, me, false)).toList();
    });
    routes.get("/space/top/", request -> {
      long me = request.userId();
      long limit = request.queryLong("limit", DEFAULT_TOP);
      if (limit < 1) {
        throw ApiError.invalid("limit must be at least 1");
      }
      return spaces.keySet().stream().filter(id -> isMember(id, me)).sorted().limit(limit)
          .map(id -> (Object) spaceJson(id, me, false)).toList();
    });
    routes.post("/space/", this::create);
    routes.put("/space/{space_id}", this::update);
    routes.delete("/space/{space_id}", request -> {
      Space s = admin(request);
      spaces.remove(s.id());
      members.remove(s.id());
      return Reply.noContent();
    });
    // GET member/{user_id} and member/{role}/ share a shape: Podio tells them apart by the value.
    routes.get("/space/{space_id}/member/{user_id}", this::memberOrRole);
    routes.get("/space/{space_id}/member/", request -> {
      Space s = requireVisible(request.caller(), request.id("space_id"));
      return memberList(s.id(), null);
    });
    routes.post("/space/{space_id}/member/", this::add);
    routes.put("/space/{space_id}/member/{user_ids}", this::changeRoles);
    routes.delete("/space/{space_id}/member/{user_ids}", this::end);
    routes.post("/space/{space_id}/join", request -> {
      long me = request.userId();
      Space s = space(request.id("space_id"));
      orgs().requireMember(s.orgId(), me);
      if (!s.privacy().equals("open")) {
        throw ApiError.forbidden("Workspace " + s.id() + " is closed; ask to join it with POST /space/" + s.id()
            + "/member_request/");
      }
      if (isMember(s.id(), me)) {
        throw ApiError.conflict("User " + me + " is already a member of workspace " + s.id());
      }
      addMember(s, me, "regular", request.caller());
      return Reply.noContent();
    });
    routes.post("/space/{space_id}/member_request/", request -> {
      long me = request.userId();
      Space s = space(request.id("space_id"));
      orgs().requireMember(s.orgId(), me);
      if (isMember(s.id(), me)) {
        throw ApiError.conflict("User " + me + " is already a member of workspace " + s.id());
      }
      long id = world.nextId("space_member_request", 0);
      requests.put(id, new JoinRequest(id, s.id(), me));
      return Map.of("space_member_request_id", id);
    });
  }

  // ---- for the other areas of this group

  boolean isMember(long spaceId, long userId) {
    ConcurrentHashMap<Long, Membership> m = members.get(spaceId);
    return m != null && m.containsKey(userId);
  }

  /** The members' user ids. */
  List<Long> memberIds(long spaceId) {
    ConcurrentHashMap<Long, Membership> m = members.get(spaceId);
    return m == null ? List.of() : m.keySet().stream().sorted().toList();
  }

  /** The workspaces of an organization, by id. */
  List<Long> spacesOfOrg(long orgId) {
    return spaces.values().stream().filter(s -> s.orgId() == orgId).map(Space::id).sorted().toList();
  }

  /** The organization of a workspace; 404 when there is no such workspace. */
  long orgOf(long spaceId) {
    return space(spaceId).orgId();
  }

  /** A workspace the caller may read (a member, or any member of the organization for an open one). */
  Space requireVisible(Ref caller, long spaceId) {
    Space s = space(spaceId);
    if (caller.isApp()) {
      Map<String, Object> app = world.ref("app", caller.id());
      Object appSpace = app == null ? null : app.getOrDefault("space_id", EmulatorState.SPACE_ID);
      if (!(appSpace instanceof Number n) || n.longValue() != spaceId) {
        throw ApiError.forbidden("This app authentication only gives access to the workspace of app " + caller.id());
      }
      return s;
    }
    if (!canSee(caller.id(), spaceId)) {
      throw ApiError.forbidden("User " + caller.id() + " is not a member of workspace " + spaceId);
    }
    return s;
  }

  /** 404 when there is no such workspace, 403 when the user is not a member of it. */
  void requireMember(long spaceId, long userId) {
    space(spaceId);
    if (!isMember(spaceId, userId)) {
      throw ApiError.forbidden("User " + userId + " is not a member of workspace " + spaceId);
    }
  }

  /** A workspace's mini view. */
  Map<String, Object> micro(long spaceId) {
    Space s = space(spaceId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("space_id", s.id());
    m.put("name", s.name());
    m.put("url", url(s));
    m.put("url_label", s.urlLabel());
    m.put("org_id", s.orgId());
    return m;
  }

  /** A workspace as {@code userId} sees it: the list view, or the full one. */
  Map<String, Object> spaceJson(long spaceId, long userId, boolean full) {
    Space s = space(spaceId);
    Membership mine = membersOf(spaceId).get(userId);
    Map<String, Object> m = micro(spaceId);
    m.put("privacy", s.privacy());
    m.put("auto_join", s.autoJoin());
    m.put("type", "regular");
    m.put("premium", true);
    m.put("archived", false);
    if (mine != null) {
      m.put("role", mine.role());
      m.put("rights", mine.role().equals("admin") ? List.of("view", "update", "delete", "add_member", "add_app")
          : mine.role().equals("regular") ? List.of("view", "add_member", "add_app") : List.of("view"));
    }
    if (full) {
      m.put("description", s.description());
      m.put("post_on_new_app", s.postOnNewApp());
      m.put("post_on_new_member", s.postOnNewMember());
      m.put("subscribed", mine != null);
      m.put("members", membersOf(spaceId).size());
      m.put("contact_count", membersOf(spaceId).size() + contacts().spaceContacts(spaceId));
      m.put("created_on", s.createdOn());
      m.put("last_activity_on", s.createdOn());
      User creator = world.state.user(s.createdBy());
      if (creator != null) {
        m.put("created_by", users().userRef(creator));
      }
      m.put("org", orgs().micro(s.orgId()));
    }
    return m;
  }

  /** Creates a workspace with {@code userId} as its administrator; returns its id. */
  long create(long orgId, String name, long userId, Ref by) {
    return create(orgId, name, "", "closed", false, true, true, userId, by).id();
  }

  /** Removes the user from every workspace of the organization, publishing {@code member.remove} for each. */
  void leaveOrg(long orgId, long userId, Ref by) {
    for (long spaceId : spacesOfOrg(orgId)) {
      if (membersOf(spaceId).remove(userId) != null) {
        world.publish(new World.Event("member.remove", "space", spaceId, by,
            Map.of("space_id", spaceId, "user_id", userId)));
      }
    }
  }

  // ---- handlers

  private Map<String, Object> create(ApiRequest request) throws IOException {
    long me = request.userId();
    Map<String, @Nullable Object> body = request.object();
    if (!(body.get("org_id") instanceof Long orgId)) {
      throw ApiError.invalid("A workspace needs its organization as org_id");
    }
    if (!(body.get("name") instanceof String name) || name.isBlank()) {
      throw ApiError.invalid("A workspace needs a name");
    }
    orgs().requireMember(orgId, me);
    String privacy = privacy(body.get("privacy"), "closed");
    Space s = create(orgId, name, text(body.get("description"), ""), privacy, flag(body, "auto_join", false),
        flag(body, "post_on_new_app", true), flag(body, "post_on_new_member", true), me, request.caller());
    if (body.get("url_label") instanceof String label) {
      s = withLabel(s, label);
    }
    return Map.of("space_id", s.id(), "url", url(s));
  }

  private Space create(long orgId, String name, String description, String privacy, boolean autoJoin,
                       boolean postOnNewApp, boolean postOnNewMember, long userId, Ref by) {
    long id = world.nextId("space", 100);
    String now = world.nowText();
    String label = OrgRoutes.slug(name);
    for (int n = 2; labelTaken(orgId, label, id); n++) {
      label = OrgRoutes.slug(name) + "-" + n;
    }
    Space s = new Space(id, orgId, name, label, description, privacy, autoJoin, postOnNewApp, postOnNewMember, now,
        userId);
    spaces.put(id, s);
    ConcurrentHashMap<Long, Membership> m = new ConcurrentHashMap<>();
    m.put(userId, new Membership("admin", now, now));
    members.put(id, m);
    world.publish(new World.Event("member.add", "space", id, by, Map.of("space_id", id, "user_id", userId)));
    return s;
  }

  private Reply update(ApiRequest request) throws IOException {
    Space s = admin(request);
    Map<String, @Nullable Object> body = request.object();
    if (body.containsKey("org_id")) {
      throw ApiError.invalid("A workspace cannot move to another organization");
    }
    String name = s.name();
    if (body.containsKey("name")) {
      if (!(body.get("name") instanceof String n) || n.isBlank()) {
        throw ApiError.invalid("A workspace needs a name");
      }
      name = n;
    }
    Space updated = new Space(s.id(), s.orgId(), name, s.urlLabel(), text(body.get("description"), s.description()),
        privacy(body.get("privacy"), s.privacy()), flag(body, "auto_join", s.autoJoin()),
        flag(body, "post_on_new_app", s.postOnNewApp()), flag(body, "post_on_new_member", s.postOnNewMember()),
        s.createdOn(), s.createdBy());
    spaces.put(s.id(), updated);
    if (body.get("url_label") instanceof String label) {
      withLabel(updated, label);
    }
    return Reply.noContent();
  }

  private Space withLabel(Space s, String label) {
    if (!label.matches("[a-z0-9][a-z0-9-]*")) {
      throw ApiError.invalid("Invalid value for url_label: use lower case letters, digits and dashes");
    }
    if (labelTaken(s.orgId(), label, s.id())) {
      throw ApiError.conflict("The URL label '" + label + "' is taken by another workspace of the organization");
    }
    Space relabelled = new Space(s.id(), s.orgId(), s.name(), label, s.description(), s.privacy(), s.autoJoin(),
        s.postOnNewApp(), s.postOnNewMember(), s.createdOn(), s.createdBy());
    spaces.put(s.id(), relabelled);
    return relabelled;
  }

  private boolean labelTaken(long orgId, String label, long exceptId) {
    return spaces.values().stream().anyMatch(x -> x.orgId() == orgId && x.id() != exceptId
        && x.urlLabel().equals(label));
  }

  private Object memberOrRole(ApiRequest request) {
    Space s = requireVisible(request.caller(), request.id("space_id"));
    String value = request.param("user_id");
    if (ROLES.contains(value)) {
      return memberList(s.id(), value);
    }
    long userId = ApiRequest.parseLong(value, "user_id or role");
    Membership m = membersOf(s.id()).get(userId);
    if (m == null) {
      throw ApiError.notFound("Space member", userId);
    }
    return memberJson(userId, m);
  }

  private List<Object> memberList(long spaceId, @Nullable String role) {
    return membersOf(spaceId).entrySet().stream()
        .filter(e -> role == null || e.getValue().role().equals(role))
        .sorted(Map.Entry.comparingByKey())
        .map(e -> (Object) memberJson(e.getKey(), e.getValue())).toList();
  }

  private Map<String, Object> memberJson(long userId, Membership membership) {
    User user = users().require(userId);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("user", users().userRef(user));
    m.put("profile", contacts().profileJson(user.profileId(), false));
    m.put("role", membership.role());
    m.put("employee", true);
    m.put("invited_on", membership.invitedOn());
    m.put("started_on", membership.startedOn());
    m.put("grants", 0);
    return m;
  }

  private Reply add(ApiRequest request) throws IOException {
    Space s = requireVisible(request.caller(), request.id("space_id"));
    String myRole = role(s.id(), request.userId());
    if (myRole == null || myRole.equals("light")) {
      throw ApiError.forbidden("Only regular members and administrators of workspace " + s.id() + " may add members");
    }
    Map<String, @Nullable Object> body = request.object();
    String role = role(body.get("role"));
    if (role.equals("admin") && !myRole.equals("admin")) {
      throw ApiError.forbidden("Only administrators may add administrators");
    }
    List<Long> userIds = new ArrayList<>();
    for (Object id : list(body, "users")) {
      userIds.add(users().require(number(id, "users")).id());
    }
    for (Object id : list(body, "profiles")) {
      long profileId = number(id, "profiles");
      userIds.add(world.state.users().stream().filter(u -> u.profileId() == profileId).findFirst()
          .orElseThrow(() -> ApiError.notFound("Profile", profileId)).id());
    }
    for (Object mail : list(body, "mails")) {
      User u = mail instanceof String text ? world.state.userByMail(text) : null;
      if (u == null) {
        throw ApiError.invalid("No Podio user has the address " + mail + " in the emulator; seed one with "
            + "PodioEmulator.Builder.user(...)");
      }
      userIds.add(u.id());
    }
    if (userIds.isEmpty()) {
      throw ApiError.invalid("Give users, profiles or mails to add");
    }
    for (long userId : userIds) {
      if (!isMember(s.id(), userId)) {
        orgs().ensureMember(s.orgId(), userId, request.caller());
        addMember(s, userId, role, request.caller());
      }
    }
    return Reply.noContent();
  }

  private void addMember(Space s, long userId, String role, Ref by) {
    String now = world.nowText();
    if (membersOf(s.id()).putIfAbsent(userId, new Membership(role, now, now)) == null) {
      world.publish(new World.Event("member.add", "space", s.id(), by, Map.of("space_id", s.id(), "user_id", userId)));
    }
  }

  private Reply changeRoles(ApiRequest request) throws IOException {
    Space s = admin(request);
    String role = role(request.object().get("role"));
    List<Long> userIds = request.ids("user_ids");
    ConcurrentHashMap<Long, Membership> m = membersOf(s.id());
    for (long userId : userIds) {
      if (!m.containsKey(userId)) {
        throw ApiError.notFound("Space member", userId);
      }
    }
    if (!role.equals("admin")) {
      requireAdminLeft(s.id(), userIds);
    }
    for (long userId : userIds) {
      Membership old = m.get(userId);
      if (old != null && !old.role().equals(role)) {
        m.put(userId, new Membership(role, old.invitedOn(), old.startedOn()));
        world.publish(new World.Event("role.change", "space", s.id(), request.caller(),
            Map.of("space_id", s.id(), "user_id", userId, "role", role)));
      }
    }
    return Reply.noContent();
  }

  private Reply end(ApiRequest request) {
    long me = request.userId();
    Space s = requireVisible(request.caller(), request.id("space_id"));
    List<Long> userIds = request.ids("user_ids");
    boolean onlyMe = userIds.size() == 1 && userIds.get(0) == me;
    if (!onlyMe && !"admin".equals(role(s.id(), me))) {
      throw ApiError.forbidden("Only administrators of workspace " + s.id() + " may remove other members");
    }
    ConcurrentHashMap<Long, Membership> m = membersOf(s.id());
    for (long userId : userIds) {
      if (!m.containsKey(userId)) {
        throw ApiError.notFound("Space member", userId);
      }
    }
    requireAdminLeft(s.id(), userIds);
    for (long userId : userIds) {
      if (m.remove(userId) != null) {
        world.publish(new World.Event("member.remove", "space", s.id(), request.caller(),
            Map.of("space_id", s.id(), "user_id", userId)));
      }
    }
    return Reply.noContent();
  }

  /** 400 when taking {@code userIds} out of the administrators would leave the workspace without one. */
  private void requireAdminLeft(long spaceId, List<Long> userIds) {
    boolean adminLeft = membersOf(spaceId).entrySet().stream()
        .anyMatch(e -> e.getValue().role().equals("admin") && !userIds.contains(e.getKey()));
    if (!adminLeft) {
      throw ApiError.invalid("Workspace " + spaceId + " would be left without an administrator");
    }
  }

  // ---- helpers

  private boolean canSee(long userId, long spaceId) {
    Space s = spaces.get(spaceId);
    return s != null && (isMember(spaceId, userId)
        || (s.privacy().equals("open") && orgs().isMember(s.orgId(), userId)));
  }

  private @Nullable String role(long spaceId, long userId) {
    Membership m = membersOf(spaceId).get(userId);
    return m == null ? null : m.role();
  }

  private Space admin(ApiRequest request) {
    long me = request.userId();
    Space s = space(request.id("space_id"));
    if (!isMember(s.id(), me)) {
      throw ApiError.forbidden("User " + me + " is not a member of workspace " + s.id());
    }
    if (!"admin".equals(role(s.id(), me))) {
      throw ApiError.forbidden("Only administrators of workspace " + s.id() + " may do this");
    }
    return s;
  }

  private Space space(long spaceId) {
    Space s = spaces.get(spaceId);
    if (s == null) {
      throw ApiError.notFound("Space", spaceId);
    }
    return s;
  }

  private ConcurrentHashMap<Long, Membership> membersOf(long spaceId) {
    return members.getOrDefault(spaceId, new ConcurrentHashMap<>());
  }

  private String url(Space s) {
    return orgs().url(s.orgId()) + "/" + s.urlLabel();
  }

  private static String role(@Nullable Object value) {
    if (!(value instanceof String role) || !ROLES.contains(role)) {
      throw ApiError.invalid("Invalid value for role: '" + value + "' is not one of light, regular, admin");
    }
    return role;
  }

  private static String privacy(@Nullable Object value, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (!"open".equals(value) && !"closed".equals(value)) {
      throw ApiError.invalid("Invalid value for privacy: '" + value + "' is not one of open, closed");
    }
    return (String) value;
  }

  private static boolean flag(Map<String, @Nullable Object> body, String name, boolean fallback) {
    Object value = body.get(name);
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof Boolean b)) {
      throw ApiError.invalid("Invalid value for " + name + ": give true or false");
    }
    return b;
  }

  private static String text(@Nullable Object value, String fallback) {
    if (value == null) {
      return fallback;
    }
    if (!(value instanceof String s)) {
      throw ApiError.invalid("Invalid value: give a text");
    }
    return s;
  }

  private static List<?> list(Map<String, @Nullable Object> body, String name) {
    Object value = body.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> l)) {
      throw ApiError.invalid("Invalid value for " + name + ": give a list");
    }
    return l;
  }

  private static long number(@Nullable Object value, String name) {
    if (!(value instanceof Long l)) {
      throw ApiError.invalid("Invalid value in " + name + ": '" + value + "' is not an id");
    }
    return l;
  }

  private OrgRoutes orgs() {
    return world.area(OrgRoutes.class);
  }

  private UserRoutes users() {
    return world.area(UserRoutes.class);
  }

  private ContactRoutes contacts() {
    return world.area(ContactRoutes.class);
  }
}
